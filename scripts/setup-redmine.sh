#!/usr/bin/env bash
# Prepares a real Redmine for test/nodes/cxTicket.redmine.test.ts: Debian bookworm's `redmine`
# 5.0.4 on SQLite, with WEBrick added to its bundle. Run as root on Debian (CI runs it from .ci/run).
# Idempotent and non-interactive; a second run only checks and returns in about a second.
#
# Why the extra steps (see docs/nodes/cx-ticket.md#redmine):
#  - bookworm's ruby 3.1.7 ships Bundler 2.3.27 as its default gem; that Bundler does not see
#    Debian's gem packages and the package's postinst (`bundle install --local`) fails with
#    "Could not find racc-1.6.2.gem". Debian's own Bundler 2.3.15 works: BUNDLER_VERSION=2.3.15.
#  - the package ships no app server (it expects Passenger): Gemfile.local adds webrick, which the
#    test starts with rackup.
set -euo pipefail

REDMINE=/usr/share/redmine
BUNDLER=2.3.15
PACKAGES=(redmine-sqlite redmine ruby-webrick)
DB=/var/lib/dbconfig-common/sqlite3/redmine/instances/default/redmine_default
export DEBIAN_FRONTEND=noninteractive BUNDLER_VERSION=$BUNDLER

fail() {
	echo "setup-redmine: FAILED: $*" >&2
	exit 1
}
say() { echo "setup-redmine: $*"; }

[ "$(id -u)" = 0 ] || fail "must run as root (it installs Debian packages); try: sudo $0"
command -v apt-get >/dev/null && command -v dpkg-query >/dev/null || fail "needs Debian's apt-get and dpkg (Debian bookworm)"

installed() {
	local p
	for p in "$@"; do
		[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || return 1
	done
}

ready() {
	installed "${PACKAGES[@]}" &&
		grep -qs "^gem 'webrick'" "$REDMINE/Gemfile.local" &&
		grep -qs '^    webrick ' /var/lib/redmine/Gemfile.lock &&
		[ -s "$DB" ] && [ -s /etc/redmine/default/database.yml ]
}

if ready; then
	say "Redmine $(dpkg-query -W -f='${Version}' redmine) already prepared (nothing to do)"
	exit 0
fi

# Non-interactive answers: one instance "default", English default data (the test matches statuses
# by name). The per-instance dbconfig-common questions (redmine/instances/default/*) are registered
# by the package's own config script and cannot be preseeded before it is installed; their defaults
# are what we want: dbconfig-common installs the database, and with redmine-sqlite as the only
# database package, SQLite is the only type offered. The checks below fail loudly if that changes.
say "preseeding debconf (instance default, English)"
debconf-set-selections <<'EOF' || fail "debconf-set-selections failed"
redmine redmine/current-instances string default
redmine redmine/default-language select en
EOF

# ucf remembers a database.yml deleted by hand (or left registered by a purge that ran after
# dbconfig-common was gone) and then refuses to write it again; the migrations would fail.
if [ ! -e /etc/redmine/default/database.yml ] && command -v ucf >/dev/null; then
	ucf --purge /etc/redmine/default/database.yml || true
	if command -v ucfr >/dev/null; then ucfr --purge redmine /etc/redmine/default/database.yml || true; fi
fi

# A previous run that died in the postinst leaves the packages half-configured: finish it with
# the working Bundler before apt-get refuses to run.
if [ -n "$(dpkg --audit 2>/dev/null)" ]; then
	say "finishing interrupted package configuration (dpkg --configure -a)"
	dpkg --configure -a || fail "dpkg --configure -a failed (see the output above)"
fi

if ! installed "${PACKAGES[@]}"; then
	if ! apt-cache show redmine >/dev/null 2>&1 || [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin -1440 2>/dev/null | head -1)" ]; then
		say "apt-get update"
		apt-get update -qq -o DPkg::Lock::Timeout=300 || fail "apt-get update failed (is the Debian mirror reachable?)"
	fi
	apt-cache show redmine >/dev/null 2>&1 || fail "no 'redmine' package in the apt sources (Debian bookworm needed)"
	say "apt-get install ${PACKAGES[*]} (BUNDLER_VERSION=$BUNDLER)"
	apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${PACKAGES[@]}" ||
		fail "apt-get install ${PACKAGES[*]} failed (see the output above)"
fi
installed "${PACKAGES[@]}" || fail "packages not fully installed: $(dpkg-query -W -f='${Package} ${Status}\n' "${PACKAGES[@]}" 2>&1 | tr '\n' ';')"
[ -s "$DB" ] || fail "the package did not create the SQLite database $DB (dbconfig-common answers?)"

say "adding WEBrick to Redmine's bundle ($REDMINE/Gemfile.local)"
echo "gem 'webrick'" >"$REDMINE/Gemfile.local"
(cd "$REDMINE" && bundle "_${BUNDLER}_" install --local --quiet) || fail "bundle _${BUNDLER}_ install --local failed in $REDMINE"
chown www-data:www-data /var/lib/redmine/Gemfile.lock

ready || fail "Redmine still not prepared after setup (check $REDMINE/Gemfile.local, /var/lib/redmine/Gemfile.lock, $DB)"
say "Redmine $(dpkg-query -W -f='${Version}' redmine) prepared"
