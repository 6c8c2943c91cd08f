#!/usr/bin/perl
# Writes sample-city.mmdb, the GeoIP2-City-format database of the bundled sample configuration:
# a handful of networks, the ones the sample log generator gives its visitors, with plausible
# cities. Not real geolocation data: for the demo and tests only. Commercial and GeoLite2 databases
# from MaxMind replace it in real runs (point ip_lookups' uri/database at them).
#
# Needs MaxMind's writer: Debian package libmaxmind-db-writer-perl.
# Usage (from this folder): perl write-sample-geo-database.pl
use strict;
use warnings;
use utf8;
use MaxMind::DB::Writer::Tree;

my %types = (
  city => 'map', continent => 'map', country => 'map', registered_country => 'map',
  location => 'map', postal => 'map', names => 'map', subdivisions => ['array', 'map'],
  en => 'utf8_string', iso_code => 'utf8_string', code => 'utf8_string', time_zone => 'utf8_string',
  latitude => 'double', longitude => 'double', geoname_id => 'uint32', accuracy_radius => 'uint16',
);

my $tree = MaxMind::DB::Writer::Tree->new(
  ip_version => 6,
  record_size => 28,
  database_type => 'GeoLite2-City',
  languages => ['en'],
  description => { en => 'sparkplow sample city database (demo data, not real geolocation)' },
  map_key_type_callback => sub { $types{ $_[0] } // die "no type for key $_[0]\n" },
  alias_ipv6_to_ipv4 => 1,
  remove_reserved_networks => 0,
);

sub city {
  my ($city, $region_code, $region, $country, $country_name, $continent, $lat, $lon, $tz, $postal) = @_;
  return {
    city => { names => { en => $city } },
    subdivisions => [{ iso_code => $region_code, names => { en => $region } }],
    country => { iso_code => $country, names => { en => $country_name } },
    continent => { code => $continent, names => { en => $continent eq 'EU' ? 'Europe' : $continent eq 'NA' ? 'North America' : 'Asia' } },
    location => { latitude => $lat, longitude => $lon, time_zone => $tz, accuracy_radius => 50 },
    postal => { code => $postal },
  };
}

$tree->insert_network('81.2.69.0/24', city('London', 'ENG', 'England', 'GB', 'United Kingdom', 'EU', 51.5142, -0.0931, 'Europe/London', 'EC2V'));
$tree->insert_network('2.125.160.0/24', city('Boxford', 'WBK', 'West Berkshire', 'GB', 'United Kingdom', 'EU', 51.75, -1.25, 'Europe/London', 'OX1'));
$tree->insert_network('216.160.83.0/24', city('Milton', 'WA', 'Washington', 'US', 'United States', 'NA', 47.2513, -122.3149, 'America/Los_Angeles', '98354'));
$tree->insert_network('89.160.20.0/24', city('Linköping', 'E', 'Östergötland County', 'SE', 'Sweden', 'EU', 58.4167, 15.6167, 'Europe/Stockholm', '583 30'));
$tree->insert_network('175.16.199.0/24', city('Changchun', '22', 'Jilin Sheng', 'CN', 'China', 'AS', 43.88, 125.3228, 'Asia/Harbin', '130000'));
$tree->insert_network('2a02:cf40::/32', city('Berlin', 'BE', 'Land Berlin', 'DE', 'Germany', 'EU', 52.5244, 13.4105, 'Europe/Berlin', '10115'));
$tree->insert_network('2001:480::/32', city('San Diego', 'CA', 'California', 'US', 'United States', 'NA', 32.7157, -117.1647, 'America/Los_Angeles', '92101'));

open my $fh, '>:raw', 'sample-city.mmdb' or die "cannot write sample-city.mmdb: $!\n";
$tree->write_tree($fh);
close $fh or die "cannot close: $!\n";
