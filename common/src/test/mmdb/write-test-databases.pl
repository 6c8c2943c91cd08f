#!/usr/bin/perl
# Writes the MaxMind test databases used by the ip_lookups tests: City, ISP, Domain and
# Connection-Type, each an IPv6 tree (IPv4 networks aliased into it) holding only documentation
# networks (RFC 5737: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24; RFC 3849: 2001:db8::/32).
# Those ranges are "reserved", so remove_reserved_networks must be 0 or the writer drops them.
#
# Needs MaxMind's writer: Debian package libmaxmind-db-writer-perl.
# Usage: perl write-test-databases.pl OUTPUT_DIR
# The tests (io.sparkplow.enrich.iplookups.TestDatabases) run it into target/.
use strict;
use warnings;
use utf8;
use MaxMind::DB::Writer::Tree;

my $out = shift @ARGV or die "usage: $0 OUTPUT_DIR\n";
-d $out or mkdir $out or die "cannot create $out: $!\n";

# Every key the writer meets needs a type, nested ones included.
my %types = (
  city => 'map', continent => 'map', country => 'map', registered_country => 'map',
  location => 'map', postal => 'map', names => 'map', subdivisions => ['array', 'map'],
  en => 'utf8_string', fr => 'utf8_string', iso_code => 'utf8_string', code => 'utf8_string',
  time_zone => 'utf8_string', isp => 'utf8_string', organization => 'utf8_string',
  autonomous_system_organization => 'utf8_string', domain => 'utf8_string',
  connection_type => 'utf8_string',
  latitude => 'double', longitude => 'double',
  geoname_id => 'uint32', autonomous_system_number => 'uint32',
  accuracy_radius => 'uint16', metro_code => 'uint16',
);

sub write_db {
  my ($type, $networks) = @_;
  my $tree = MaxMind::DB::Writer::Tree->new(
    ip_version => 6,
    record_size => 28,
    database_type => $type,
    languages => ['en'],
    description => { en => "sparkplow test database ($type), documentation networks only" },
    map_key_type_callback => sub { $types{ $_[0] } // die "no type for key $_[0]\n" },
    alias_ipv6_to_ipv4 => 1,
    remove_reserved_networks => 0,
  );
  for my $n (@$networks) {
    $tree->insert_network($n->[0], $n->[1]);
  }
  my $file = "$out/$type.mmdb";
  open my $fh, '>:raw', $file or die "cannot write $file: $!\n";
  $tree->write_tree($fh);
  close $fh or die "cannot close $file: $!\n";
}

sub names { return { names => { en => $_[0] } } }

# City: a full record (two subdivisions: the most specific one is the region), a country-only
# record, a location close to 0,0 (a float that Java prints with an exponent), and an IPv6 city.
write_db('GeoIP2-City', [
  ['192.0.2.0/24', {
    city => { geoname_id => 2996944, names => { en => 'Lyon', fr => 'Lyon' } },
    continent => { code => 'EU', geoname_id => 6255148, names => { en => 'Europe' } },
    country => { geoname_id => 3017382, iso_code => 'FR', names => { en => 'France' } },
    location => { accuracy_radius => 20, latitude => 45.7578, longitude => 4.8351,
                  time_zone => 'Europe/Paris' },
    postal => { code => '69001' },
    subdivisions => [
      { geoname_id => 11071625, iso_code => 'ARA', names => { en => 'Auvergne-Rhône-Alpes' } },
      { geoname_id => 2987410, iso_code => '69', names => { en => 'Rhône' } },
    ],
  }],
  ['198.51.100.0/24', {
    continent => { code => 'AS', geoname_id => 6255147, names => { en => 'Asia' } },
    country => { geoname_id => 1861060, iso_code => 'JP', names => { en => 'Japan' } },
  }],
  ['203.0.113.0/25', {
    country => { geoname_id => 3658394, iso_code => 'EC', names => { en => 'Ecuador' } },
    location => { accuracy_radius => 1000, latitude => 0.00005, longitude => -78.4678,
                  time_zone => 'America/Guayaquil' },
  }],
  ['2001:db8:1::/48', {
    city => { geoname_id => 2179537, names => { en => 'Wellington' } },
    continent => { code => 'OC', geoname_id => 6255151, names => { en => 'Oceania' } },
    country => { geoname_id => 2186224, iso_code => 'NZ', names => { en => 'New Zealand' } },
    location => { accuracy_radius => 50, latitude => -41.2865, longitude => 174.7762,
                  time_zone => 'Pacific/Auckland' },
    postal => { code => '6011' },
    subdivisions => [ { geoname_id => 2179538, iso_code => 'WGN', names => { en => 'Wellington' } } ],
  }],
]);

write_db('GeoIP2-ISP', [
  ['192.0.2.0/24', { isp => 'Example Telecom', organization => 'Example University',
                     autonomous_system_number => 64500,
                     autonomous_system_organization => 'Example Telecom AS' }],
  ['2001:db8:1::/48', { isp => 'Example IPv6 Carrier' }],
]);

write_db('GeoIP2-Domain', [
  ['192.0.2.0/24', { domain => 'example.net' }],
  ['2001:db8:1::/48', { domain => 'example.org' }],
]);

write_db('GeoIP2-Connection-Type', [
  ['192.0.2.0/24', { connection_type => 'Cable/DSL' }],
  ['198.51.100.0/24', { connection_type => 'Cellular' }],
  ['2001:db8:1::/48', { connection_type => 'Corporate' }],
]);
