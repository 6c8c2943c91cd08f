package io.sparkplow.emr.shape;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small description of an API request shape: structures with required and optional members,
 * lists, string maps, strings (length, allowed values), integers, numbers and booleans. Mirrors
 * the kinds of the AWS service model closely enough to check what the renderers emit.
 */
public sealed interface Shape
    permits Shape.Struct, Shape.ListOf, Shape.StringMap, Shape.Text, Shape.Int, Shape.Real, Shape.Bool {

  /** A structure; members not listed are rejected. */
  record Struct(String name, Map<String, Member> members) implements Shape {
  }

  /** A structure member. */
  record Member(Shape shape, boolean required) {
  }

  record ListOf(Shape member, int maxSize) implements Shape {
  }

  /** A map of string to string ({@code Properties}). */
  record StringMap() implements Shape {
  }

  /** A string of at most {@code maxLength} characters, one of {@code allowed} when not empty. */
  record Text(int minLength, int maxLength, List<String> allowed) implements Shape {
  }

  record Int(long min) implements Shape {
  }

  record Real(double min) implements Shape {
  }

  record Bool() implements Shape {
  }

  /** A named member for {@link #struct}. */
  record Field(String name, Member member) {
  }

  static Struct struct(String name, Field... fields) {
    Map<String, Member> members = new LinkedHashMap<>();
    for (Field field : fields) {
      members.put(field.name(), field.member());
    }
    return new Struct(name, java.util.Collections.unmodifiableMap(members));
  }

  static Field required(String name, Shape shape) {
    return new Field(name, new Member(shape, true));
  }

  static Field optional(String name, Shape shape) {
    return new Field(name, new Member(shape, false));
  }

  static Text text(int maxLength) {
    return new Text(0, maxLength, List.of());
  }

  static Text nonEmptyText(int maxLength) {
    return new Text(1, maxLength, List.of());
  }

  static Text oneOf(String... allowed) {
    return new Text(1, 256, List.of(allowed));
  }

  static ListOf listOf(Shape member) {
    return new ListOf(member, Integer.MAX_VALUE);
  }
}
