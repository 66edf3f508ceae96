#!/usr/bin/perl
# Lists the failed tests of TRX files with the first lines of their messages, so that the end of a CI log names
# what failed even when the output of the failed tests scrolled it far away.
#   perl scripts/failed-tests.pl artifacts/test-results/*.trx
use strict;
use warnings;

my $MESSAGE_LINES = 8;
my %entity = (amp => '&', lt => '<', gt => '>', quot => '"', apos => "'");

sub decode {
  my ($text) = @_;
  $text =~ s/&(amp|lt|gt|quot|apos);/$entity{$1}/g;
  $text =~ s/&#x([0-9a-fA-F]+);/chr(hex($1))/ge;
  $text =~ s/&#([0-9]+);/chr($1)/ge;
  return $text;
}

for my $file (@ARGV) {
  open(my $fh, '<:encoding(UTF-8)', $file) or next;
  my $trx = do { local $/; <$fh> };
  close($fh);
  while ($trx =~ /<UnitTestResult\s([^>]*?)(\/?)>/g) {
    my ($attributes, $closed) = ($1, $2);
    next unless $attributes =~ /\boutcome="(Failed|Error|Timeout|Aborted)"/;
    my $outcome = $1;
    my ($name) = $attributes =~ /\btestName="([^"]*)"/;
    my ($duration) = $attributes =~ /\bduration="([^"]*)"/;
    my $message = '';
    if (!$closed) {
      my $rest = substr($trx, pos($trx));
      my ($body) = $rest =~ /^(.*?)<\/UnitTestResult>/s;
      ($message) = ($body // '') =~ /<Message>(.*?)<\/Message>/s;
      $message = decode($message // '');
    }
    binmode(STDOUT, ':encoding(UTF-8)');
    printf "%s: %s (%s)\n", uc($outcome), decode($name // '?'), $duration // '?';
    my @lines = grep { /\S/ } split /\r?\n/, $message;
    my $shown = @lines > $MESSAGE_LINES ? $MESSAGE_LINES : scalar @lines;
    print "    $_\n" for @lines[0 .. $shown - 1];
    print "    ...\n" if @lines > $MESSAGE_LINES;
  }
}
