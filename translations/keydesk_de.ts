<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>FormHelpers</name>
    <message>
        <source>kds_… or kdu_… (50 characters)</source>
        <translation>kds_… oder kdu_… (50 Zeichen)</translation>
    </message>
</context>
<context>
    <name>KeyActionDialogs</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Keys concerned</source>
        <translation>Betroffene Schlüssel</translation>
    </message>
</context>
<context>
    <name>KeyDetailsPane</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created with the store</source>
        <translation>Mit dem Speicher erstellt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Rolled</source>
        <translation>Erneuert</translation>
    </message>
</context>
<context>
    <name>PermissionSet</name>
    <message>
        <source>Disabled: the key authenticates nothing</source>
        <translation>Deaktiviert: Mit dem Schlüssel ist keine Authentifizierung möglich</translation>
    </message>
    <message>
        <source>Everything its owner may do, including managing keys</source>
        <translation>Alles, was sein Besitzer darf, einschließlich der Schlüsselverwaltung</translation>
    </message>
    <message>
        <source>File operations only; no key or site management</source>
        <translation>Nur Dateioperationen; keine Schlüssel- oder Site-Verwaltung</translation>
    </message>
    <message>
        <source>For the desktop app only</source>
        <translation>Nur für die Desktop-App</translation>
    </message>
    <message>
        <source>For the sync app only</source>
        <translation>Nur für die Sync-App</translation>
    </message>
    <message>
        <source>For the office integration only</source>
        <translation>Nur für die Office-Integration</translation>
    </message>
    <message>
        <source>For the mobile app only</source>
        <translation>Nur für die Mobil-App</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>The input was not accepted</source>
        <translation>Die Eingabe wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>You are not allowed to do this</source>
        <translation>Sie sind dazu nicht berechtigt</translation>
    </message>
    <message>
        <source>Not found: it may have been deleted, or you cannot see it</source>
        <translation>Nicht gefunden: Möglicherweise wurde es gelöscht, oder Sie können es nicht sehen</translation>
    </message>
    <message>
        <source>This clashes with something that already exists</source>
        <translation>Dies steht im Konflikt mit etwas bereits Vorhandenem</translation>
    </message>
    <message>
        <source>The key store could not be read or written</source>
        <translation>Der Schlüsselspeicher konnte nicht gelesen oder geschrieben werden</translation>
    </message>
    <message>
        <source>This store does not support that</source>
        <translation>Dieser Speicher unterstützt das nicht</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Ein Fehler ist aufgetreten</translation>
    </message>
    <message>
        <source>The API key you signed in with is disabled</source>
        <translation>Der API-Schlüssel, mit dem Sie angemeldet sind, ist deaktiviert</translation>
    </message>
    <message>
        <source>The API key you signed in with cannot manage keys (its permission set is limited)</source>
        <translation>Der API-Schlüssel, mit dem Sie angemeldet sind, kann keine Schlüssel verwalten (sein Berechtigungssatz ist eingeschränkt)</translation>
    </message>
    <message>
        <source>You have no access to this site</source>
        <translation>Sie haben keinen Zugriff auf diese Site</translation>
    </message>
    <message>
        <source>Only site administrators can do this</source>
        <translation>Nur Site-Administratoren können dies tun</translation>
    </message>
    <message>
        <source>Help-desk staff cannot see or change site-wide keys</source>
        <translation>Helpdesk-Mitarbeiter können siteweite Schlüssel weder sehen noch ändern</translation>
    </message>
    <message>
        <source>You can only do this with your own keys</source>
        <translation>Sie können dies nur mit Ihren eigenen Schlüsseln tun</translation>
    </message>
    <message>
        <source>This site does not let users manage their own API keys</source>
        <translation>Auf dieser Site dürfen Benutzer ihre eigenen API-Schlüssel nicht verwalten</translation>
    </message>
    <message>
        <source>Only site administrators can create keys for other users</source>
        <translation>Nur Site-Administratoren können Schlüssel für andere Benutzer erstellen</translation>
    </message>
    <message>
        <source>Only site administrators can create site-wide keys</source>
        <translation>Nur Site-Administratoren können siteweite Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Only site administrators can create keys here</source>
        <translation>Nur Site-Administratoren können hier Schlüssel erstellen</translation>
    </message>
    <message>
        <source>This site does not let users create their own API keys; ask a site administrator</source>
        <translation>Auf dieser Site dürfen Benutzer keine eigenen API-Schlüssel erstellen; wenden Sie sich an einen Site-Administrator</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbindung unterbrochen: %1</translation>
    </message>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>Die Datenbank ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>site admin</source>
        <translation>Site-Administrator</translation>
    </message>
    <message>
        <source>help desk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>keydesk</name>
    <message>
        <source>KeyDesk: manage the API keys of your sites.</source>
        <translation>KeyDesk: die API-Schlüssel Ihrer Sites verwalten.</translation>
    </message>
    <message>
        <source>Open the connection profile &lt;name&gt;.</source>
        <translation>Das Verbindungsprofil &lt;Name&gt; öffnen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>unexpected argument; see --help</source>
        <translation>unerwartetes Argument; siehe --help</translation>
    </message>
    <message>
        <source>no display found (DISPLAY/WAYLAND_DISPLAY unset); run it in a desktop session, or use keydeskctl</source>
        <translation>keine Anzeige gefunden (DISPLAY/WAYLAND_DISPLAY nicht gesetzt); in einer Desktop-Sitzung starten oder keydeskctl verwenden</translation>
    </message>
    <message>
        <source>no connection profile named &quot;%1&quot;</source>
        <translation>kein Verbindungsprofil namens „%1“</translation>
    </message>
</context>
<context>
    <name>keydesk::Error</name>
    <message>
        <source>This API key is disabled</source>
        <translation>Dieser API-Schlüssel ist deaktiviert</translation>
    </message>
    <message>
        <source>This API key&apos;s permission set does not allow key management</source>
        <translation>Der Berechtigungssatz dieses API-Schlüssels erlaubt keine Schlüsselverwaltung</translation>
    </message>
    <message>
        <source>This API key has no access to that site</source>
        <translation>Dieser API-Schlüssel hat keinen Zugriff auf diese Site</translation>
    </message>
    <message>
        <source>Only site administrators can do this</source>
        <translation>Nur Site-Administratoren können dies tun</translation>
    </message>
    <message>
        <source>Help-desk staff cannot see or change site-wide keys</source>
        <translation>Helpdesk-Mitarbeiter können siteweite Schlüssel weder sehen noch ändern</translation>
    </message>
    <message>
        <source>You can only act on your own keys</source>
        <translation>Sie können nur Ihre eigenen Schlüssel bearbeiten</translation>
    </message>
    <message>
        <source>This site does not let users manage their own API keys (users_can_create_api_keys is off)</source>
        <translation>Auf dieser Site dürfen Benutzer ihre eigenen API-Schlüssel nicht verwalten (users_can_create_api_keys ist ausgeschaltet)</translation>
    </message>
    <message>
        <source>Only site administrators can create keys for other users</source>
        <translation>Nur Site-Administratoren können Schlüssel für andere Benutzer erstellen</translation>
    </message>
    <message>
        <source>Site %1 not found</source>
        <translation>Site %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Site #%1 not found</source>
        <translation>Site #%1 nicht gefunden</translation>
    </message>
    <message>
        <source>A child site cannot have child sites (one level only)</source>
        <translation>Eine untergeordnete Site kann keine untergeordneten Sites haben (nur eine Ebene)</translation>
    </message>
    <message>
        <source>The subdomain %1 is taken</source>
        <translation>Die Subdomain %1 ist bereits vergeben</translation>
    </message>
    <message>
        <source>User %1 not found</source>
        <translation>Benutzer %1 nicht gefunden</translation>
    </message>
    <message>
        <source>User %1 already exists on site %2</source>
        <translation>Benutzer %1 existiert bereits auf Site %2</translation>
    </message>
    <message>
        <source>You cannot disable your own user</source>
        <translation>Sie können Ihren eigenen Benutzer nicht deaktivieren</translation>
    </message>
    <message>
        <source>Invalid credentials: the key is malformed or mistyped</source>
        <translation>Ungültige Zugangsdaten: Der Schlüssel ist fehlerhaft oder falsch eingegeben</translation>
    </message>
    <message>
        <source>Invalid credentials: no such key (never issued, or revoked)</source>
        <translation>Ungültige Zugangsdaten: Diesen Schlüssel gibt es nicht (nie ausgestellt oder widerrufen)</translation>
    </message>
    <message>
        <source>Invalid credentials: the key does not belong to this site</source>
        <translation>Ungültige Zugangsdaten: Der Schlüssel gehört nicht zu dieser Site</translation>
    </message>
    <message>
        <source>The key is disabled (permission set none)</source>
        <translation>Der Schlüssel ist deaktiviert (Berechtigungssatz none)</translation>
    </message>
    <message>
        <source>Invalid credentials: the key has expired</source>
        <translation>Ungültige Zugangsdaten: Der Schlüssel ist abgelaufen</translation>
    </message>
    <message>
        <source>Invalid credentials: the key&apos;s user is disabled</source>
        <translation>Ungültige Zugangsdaten: Der Benutzer des Schlüssels ist deaktiviert</translation>
    </message>
    <message>
        <source>Invalid credentials: the key&apos;s user does not belong to this site</source>
        <translation>Ungültige Zugangsdaten: Der Benutzer des Schlüssels gehört nicht zu dieser Site</translation>
    </message>
    <message>
        <source>The store could not be read</source>
        <translation>Der Speicher konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>This store is already initialised</source>
        <translation>Dieser Speicher ist bereits initialisiert</translation>
    </message>
    <message>
        <source>The store is not initialised (run keydeskctl init)</source>
        <translation>Der Speicher ist nicht initialisiert (keydeskctl init ausführen)</translation>
    </message>
    <message>
        <source>Cannot re-seal the S3 secret of API key #%1: %2</source>
        <translation>Der geheime S3-Schlüssel von API-Schlüssel #%1 kann nicht neu versiegelt werden: %2</translation>
    </message>
    <message>
        <source>No key-encryption key is configured</source>
        <translation>Es ist kein Schlüssel zur Schlüsselverschlüsselung konfiguriert</translation>
    </message>
    <message>
        <source>The S3 secrets were re-sealed under %1, but retiring the older keys failed: %2</source>
        <translation>Die geheimen S3-Schlüssel wurden unter %1 neu versiegelt, aber das Stilllegen der älteren Schlüssel ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Nothing was revoked: %1 of %2 keys refused (%3)</source>
        <translation>Es wurde nichts widerrufen: %1 von %2 Schlüsseln abgelehnt (%3)</translation>
    </message>
    <message>
        <source>Nothing was disabled: %1 of %2 keys refused (%3)</source>
        <translation>Es wurde nichts deaktiviert: %1 von %2 Schlüsseln abgelehnt (%3)</translation>
    </message>
    <message>
        <source>User #%1 not found</source>
        <translation>Benutzer #%1 nicht gefunden</translation>
    </message>
    <message>
        <source>Select keys by id, or every key of one user</source>
        <translation>Wählen Sie Schlüssel nach ID oder alle Schlüssel eines Benutzers aus</translation>
    </message>
    <message>
        <source>No such keychain entry</source>
        <translation>Kein passender Eintrag im Schlüsselbund</translation>
    </message>
    <message>
        <source>No keychain is available</source>
        <translation>Es ist kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation>Schlüsselbundfehler: %1</translation>
    </message>
    <message>
        <source>The API key is malformed: it must be %1 characters long</source>
        <translation>Der API-Schlüssel ist fehlerhaft: Er muss %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>The API key is malformed: it must start with kds_ or kdu_</source>
        <translation>Der API-Schlüssel ist fehlerhaft: Er muss mit kds_ oder kdu_ beginnen</translation>
    </message>
    <message>
        <source>The API key is malformed: it contains a character outside A-Z, a-z, 0-9</source>
        <translation>Der API-Schlüssel ist fehlerhaft: Er enthält ein Zeichen außerhalb von A-Z, a-z, 0-9</translation>
    </message>
    <message>
        <source>The API key is malformed: its checksum does not match (a typo?)</source>
        <translation>Der API-Schlüssel ist fehlerhaft: Seine Prüfsumme stimmt nicht (ein Tippfehler?)</translation>
    </message>
    <message>
        <source>Only site administrators can raise this key above the permission set it was granted (%1)</source>
        <translation>Nur Site-Administratoren können diesen Schlüssel über den ihm gewährten Berechtigungssatz (%1) hinaus erweitern</translation>
    </message>
    <message>
        <source>Nothing to update</source>
        <translation>Nichts zu aktualisieren</translation>
    </message>
    <message>
        <source>Enabling needs a permission set other than none</source>
        <translation>Zum Aktivieren ist ein anderer Berechtigungssatz als none nötig</translation>
    </message>
    <message>
        <source>API key #%1 was already rolled; its replacement is key #%2</source>
        <translation>API-Schlüssel #%1 wurde bereits erneuert; sein Ersatz ist Schlüssel #%2</translation>
    </message>
    <message>
        <source>API key #%1 is disabled; enable it before rolling it</source>
        <translation>API-Schlüssel #%1 ist deaktiviert; aktivieren Sie ihn, bevor Sie ihn erneuern</translation>
    </message>
    <message>
        <source>API key #%1 has expired; create a new key instead</source>
        <translation>API-Schlüssel #%1 ist abgelaufen; erstellen Sie stattdessen einen neuen Schlüssel</translation>
    </message>
    <message>
        <source>S3-compatible credentials are only for user keys, never site-wide keys</source>
        <translation>S3-kompatible Zugangsdaten gibt es nur für Benutzerschlüssel, niemals für siteweite Schlüssel</translation>
    </message>
    <message>
        <source>User %1 does not belong to site %2; a user key must be on its user&apos;s own site</source>
        <translation>Benutzer %1 gehört nicht zu Site %2; ein Benutzerschlüssel muss auf der Site seines Benutzers liegen</translation>
    </message>
    <message>
        <source>User %1 is disabled</source>
        <translation>Benutzer %1 ist deaktiviert</translation>
    </message>
    <message>
        <source>You can only list your own keys</source>
        <translation>Sie können nur Ihre eigenen Schlüssel auflisten</translation>
    </message>
    <message>
        <source>KeyDesk server stores are not supported by this build yet</source>
        <translation>Speicher auf KeyDesk-Servern werden von diesem Build noch nicht unterstützt</translation>
    </message>
    <message>
        <source>Unknown store kind</source>
        <translation>Unbekannte Speicherart</translation>
    </message>
    <message>
        <source>Invalid cursor: too long</source>
        <translation>Ungültiger Cursor: zu lang</translation>
    </message>
    <message>
        <source>Invalid cursor: not base64url</source>
        <translation>Ungültiger Cursor: kein base64url</translation>
    </message>
    <message>
        <source>Invalid cursor: not a KeyDesk cursor</source>
        <translation>Ungültiger Cursor: kein KeyDesk-Cursor</translation>
    </message>
    <message>
        <source>Invalid cursor: it belongs to another sort order</source>
        <translation>Ungültiger Cursor: Er gehört zu einer anderen Sortierreihenfolge</translation>
    </message>
    <message>
        <source>Never expires, but the site requires an expiry date</source>
        <translation>Läuft nie ab, aber die Site verlangt ein Ablaufdatum</translation>
    </message>
    <message>
        <source>Expires more than %1 days after its creation</source>
        <translation>Läuft mehr als %1 Tage nach der Erstellung ab</translation>
    </message>
    <message>
        <source>Profile name must be at most 64 characters</source>
        <translation>Der Profilname darf höchstens 64 Zeichen lang sein</translation>
    </message>
    <message>
        <source>Parameter %1 is given twice</source>
        <translation>Parameter %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>per_page must be an integer from 1 to %1</source>
        <translation>per_page muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>%1 must be a positive integer</source>
        <translation>%1 muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>Cannot sort by %1; sort by id, name, created_at, expires_at or last_use_at</source>
        <translation>Nach %1 kann nicht sortiert werden; sortieren Sie nach id, name, created_at, expires_at oder last_use_at</translation>
    </message>
    <message>
        <source>Only one sort_by field is allowed</source>
        <translation>Nur ein sort_by-Feld ist erlaubt</translation>
    </message>
    <message>
        <source>sort_by[%1] must be asc or desc</source>
        <translation>sort_by[%1] muss asc oder desc sein</translation>
    </message>
    <message>
        <source>filter[status] must be active, expiring, expired or disabled</source>
        <translation>filter[status] muss active, expiring, expired oder disabled sein</translation>
    </message>
    <message>
        <source>filter[kind] must be site_wide, user or s3</source>
        <translation>filter[kind] muss site_wide, user oder s3 sein</translation>
    </message>
    <message>
        <source>filter[search] is longer than %1 characters</source>
        <translation>filter[search] ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>Cannot filter by %1; filter by status, kind or search</source>
        <translation>Nach %1 kann nicht gefiltert werden; filtern Sie nach status, kind oder search</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 date-time with a zone, e.g. 2026-12-31T00:00:00Z</source>
        <translation>%1 muss ein Datum mit Uhrzeit und Zeitzone nach ISO 8601 sein, z. B. 2026-12-31T00:00:00Z</translation>
    </message>
    <message>
        <source>Unknown filter %1</source>
        <translation>Unbekannter Filter %1</translation>
    </message>
    <message>
        <source>Unknown sort parameter %1</source>
        <translation>Unbekannter Sortierparameter %1</translation>
    </message>
    <message>
        <source>Unknown parameter %1</source>
        <translation>Unbekannter Parameter %1</translation>
    </message>
    <message>
        <source>user_id must be a user id, or 0 for yourself</source>
        <translation>user_id muss eine Benutzer-ID sein oder 0 für Sie selbst</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 time with a zone, e.g. 2026-11-28T15:14:00Z</source>
        <translation>%1 muss eine Zeitangabe mit Zeitzone nach ISO 8601 sein, z. B. 2026-11-28T15:14:00Z</translation>
    </message>
    <message>
        <source>action must be an action name, e.g. key.revoke</source>
        <translation>action muss ein Aktionsname sein, z. B. key.revoke</translation>
    </message>
    <message>
        <source>Invalid store URL: unknown option %1</source>
        <translation>Ungültige Speicher-URL: unbekannte Option %1</translation>
    </message>
    <message>
        <source>Invalid store URL: the domain must be a lower-case DNS name</source>
        <translation>Ungültige Speicher-URL: Die Domain muss ein DNS-Name in Kleinbuchstaben sein</translation>
    </message>
    <message>
        <source>Invalid store URL: not a KeyDesk server URL</source>
        <translation>Ungültige Speicher-URL: keine KeyDesk-Server-URL</translation>
    </message>
    <message>
        <source>Invalid store URL: a server URL has no user name or password; the API key is kept in the keychain or KEYDESK_API_KEY</source>
        <translation>Ungültige Speicher-URL: Eine Server-URL enthält weder Benutzernamen noch Passwort; der API-Schlüssel wird im Schlüsselbund oder in KEYDESK_API_KEY aufbewahrt</translation>
    </message>
    <message>
        <source>No CA certificate could be read from %1 (KEYDESK_CA_FILE)</source>
        <translation>Aus %1 konnte kein CA-Zertifikat gelesen werden (KEYDESK_CA_FILE)</translation>
    </message>
    <message>
        <source>The KeyDesk server at %1 is busy; try again later</source>
        <translation>Der KeyDesk-Server unter %1 ist ausgelastet; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>The KeyDesk server at %1 answered HTTP %2</source>
        <translation>Der KeyDesk-Server unter %1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <source>Cannot reach the KeyDesk server at %1 (%2)</source>
        <translation>Der KeyDesk-Server unter %1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>The KeyDesk server at %1 sent an unexpected answer (%2)</source>
        <translation>Der KeyDesk-Server unter %1 hat eine unerwartete Antwort gesendet (%2)</translation>
    </message>
    <message>
        <source>API key #%1 has no S3 credentials</source>
        <translation>API-Schlüssel #%1 hat keine S3-Zugangsdaten</translation>
    </message>
    <message>
        <source>The key-encryption key %1 is not configured</source>
        <translation>Der Schlüssel zur Schlüsselverschlüsselung %1 ist nicht konfiguriert</translation>
    </message>
    <message>
        <source>The S3 secret of API key #%1 failed authentication (damaged or tampered with)</source>
        <translation>Der geheime S3-Schlüssel von API-Schlüssel #%1 hat die Authentifizierung nicht bestanden (beschädigt oder manipuliert)</translation>
    </message>
    <message>
        <source>No key-encryption key is configured, so S3 keys cannot be created</source>
        <translation>Es ist kein Schlüssel zur Schlüsselverschlüsselung konfiguriert, daher können keine S3-Schlüssel erstellt werden</translation>
    </message>
    <message>
        <source>The key-encryption key has the wrong length</source>
        <translation>Der Schlüssel zur Schlüsselverschlüsselung hat die falsche Länge</translation>
    </message>
    <message>
        <source>Could not encrypt a secret</source>
        <translation>Ein Geheimnis konnte nicht verschlüsselt werden</translation>
    </message>
    <message>
        <source>A sealed secret is damaged</source>
        <translation>Ein versiegeltes Geheimnis ist beschädigt</translation>
    </message>
    <message>
        <source>A sealed secret failed authentication</source>
        <translation>Ein versiegeltes Geheimnis hat die Authentifizierung nicht bestanden</translation>
    </message>
    <message>
        <source>Site #%1 does not exist</source>
        <translation>Site #%1 existiert nicht</translation>
    </message>
    <message>
        <source>API key #%1 not found</source>
        <translation>API-Schlüssel #%1 nicht gefunden</translation>
    </message>
    <message>
        <source>The store failed (%1)</source>
        <translation>Fehler im Speicher (%1)</translation>
    </message>
    <message>
        <source>Invalid cursor: wrong value type</source>
        <translation>Ungültiger Cursor: falscher Werttyp</translation>
    </message>
    <message>
        <source>The store has schema version %1; this KeyDesk knows up to %2</source>
        <translation>Der Speicher hat die Schemaversion %1; diese KeyDesk-Version kennt nur Versionen bis %2</translation>
    </message>
    <message>
        <source>No KeyDesk store at %1 (create one with keydeskctl init)</source>
        <translation>Kein KeyDesk-Speicher unter %1 (mit keydeskctl init einen erstellen)</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Das Verzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Der Speicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>That value is already taken</source>
        <translation>Dieser Wert ist bereits vergeben</translation>
    </message>
    <message>
        <source>Text must not contain NUL</source>
        <translation>Der Text darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>The store returned no id</source>
        <translation>Der Speicher hat keine ID zurückgegeben</translation>
    </message>
    <message>
        <source>API key #%1 does not exist</source>
        <translation>API-Schlüssel #%1 existiert nicht</translation>
    </message>
    <message>
        <source>API key #%1 does not exist or has no S3 credentials</source>
        <translation>API-Schlüssel #%1 existiert nicht oder hat keine S3-Zugangsdaten</translation>
    </message>
    <message>
        <source>Not a PostgreSQL store URL</source>
        <translation>Keine PostgreSQL-Speicher-URL</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver QPSQL is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Der PostgreSQL-Treiber QPSQL von Qt ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>The store is unavailable (%1)</source>
        <translation>Der Speicher ist nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>Invalid store URL: a PostgreSQL URL has no fragment</source>
        <translation>Ungültige Speicher-URL: Eine PostgreSQL-URL hat kein Fragment</translation>
    </message>
    <message>
        <source>Invalid store URL: the only query parameter of a PostgreSQL URL is schema</source>
        <translation>Ungültige Speicher-URL: Der einzige Abfrageparameter einer PostgreSQL-URL ist schema</translation>
    </message>
    <message>
        <source>Invalid store URL: a schema name is 1-63 characters of a-z, 0-9 and _, not starting with a digit</source>
        <translation>Ungültige Speicher-URL: Ein Schemaname besteht aus 1 bis 63 Zeichen aus a-z, 0-9 und _ und beginnt nicht mit einer Ziffer</translation>
    </message>
    <message>
        <source>Invalid store URL: name one schema</source>
        <translation>Ungültige Speicher-URL: Geben Sie genau ein Schema an</translation>
    </message>
    <message>
        <source>Invalid store URL: it needs a host</source>
        <translation>Ungültige Speicher-URL: Ein Host ist erforderlich</translation>
    </message>
    <message>
        <source>Invalid store URL: name the database, as in postgresql://user@host:5432/keydesk</source>
        <translation>Ungültige Speicher-URL: Geben Sie die Datenbank an, wie in postgresql://user@host:5432/keydesk</translation>
    </message>
    <message>
        <source>Invalid store URL: do not put a password in the URL; use PGPASSWORD or the keychain</source>
        <translation>Ungültige Speicher-URL: Geben Sie kein Passwort in der URL an; verwenden Sie PGPASSWORD oder den Schlüsselbund</translation>
    </message>
    <message>
        <source>Invalid store URL: the path is the database name alone</source>
        <translation>Ungültige Speicher-URL: Der Pfad darf nur aus dem Datenbanknamen bestehen</translation>
    </message>
    <message>
        <source>Invalid store URL: plain http is allowed to a loopback host only; use https</source>
        <translation>Ungültige Speicher-URL: Unverschlüsseltes http ist nur zu einem Loopback-Host erlaubt; verwenden Sie https</translation>
    </message>
    <message>
        <source>Invalid store URL: a server URL has no path</source>
        <translation>Ungültige Speicher-URL: Eine Server-URL hat keinen Pfad</translation>
    </message>
    <message>
        <source>Invalid store URL: it is empty</source>
        <translation>Ungültige Speicher-URL: Sie ist leer</translation>
    </message>
    <message>
        <source>Invalid store URL: it is not a usable path or URL</source>
        <translation>Ungültige Speicher-URL: Sie ist weder ein verwendbarer Pfad noch eine verwendbare URL</translation>
    </message>
    <message>
        <source>Invalid store URL: use sqlite:PATH, postgresql://... or https://...</source>
        <translation>Ungültige Speicher-URL: Verwenden Sie sqlite:PATH, postgresql://... oder https://...</translation>
    </message>
    <message>
        <source>Invalid store URL: sqlite: needs a file path</source>
        <translation>Ungültige Speicher-URL: sqlite: benötigt einen Dateipfad</translation>
    </message>
    <message>
        <source>Name is required</source>
        <translation>Ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>Name must be at most %1 characters</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>Name must not contain control characters</source>
        <translation>Der Name darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>Site name is required</source>
        <translation>Ein Site-Name ist erforderlich</translation>
    </message>
    <message>
        <source>Site name must be at most %1 characters</source>
        <translation>Der Site-Name darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>Site name must not contain control characters</source>
        <translation>Der Site-Name darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>Display name is required</source>
        <translation>Ein Anzeigename ist erforderlich</translation>
    </message>
    <message>
        <source>Display name must be at most %1 characters</source>
        <translation>Der Anzeigename darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>Display name must not contain control characters</source>
        <translation>Der Anzeigename darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>Description must be at most %1 bytes</source>
        <translation>Die Beschreibung darf höchstens %1 Byte lang sein</translation>
    </message>
    <message>
        <source>Description must not contain control characters</source>
        <translation>Die Beschreibung darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>Subdomain must be 1-63 lower-case letters, digits or hyphens, not starting or ending with a hyphen</source>
        <translation>Die Subdomain muss aus 1 bis 63 Kleinbuchstaben, Ziffern oder Bindestrichen bestehen und darf nicht mit einem Bindestrich beginnen oder enden</translation>
    </message>
    <message>
        <source>Username must be 1-128 characters: letters, digits and . _ @ + - (starting with a letter or digit)</source>
        <translation>Der Benutzername muss 1 bis 128 Zeichen lang sein: Buchstaben, Ziffern und . _ @ + - (beginnend mit einem Buchstaben oder einer Ziffer)</translation>
    </message>
    <message>
        <source>max_key_lifetime_days must be between 1 and 36500</source>
        <translation>max_key_lifetime_days muss zwischen 1 und 36500 liegen</translation>
    </message>
    <message>
        <source>This site requires every key to have an expiry date</source>
        <translation>Diese Site verlangt für jeden Schlüssel ein Ablaufdatum</translation>
    </message>
    <message>
        <source>Expiry is not a valid date</source>
        <translation>Das Ablaufdatum ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>Expiry must be in the future</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen</translation>
    </message>
    <message>
        <source>Expiry must be at most %1 days after the key&apos;s creation (this site&apos;s max_key_lifetime_days)</source>
        <translation>Das Ablaufdatum darf höchstens %1 Tage nach der Erstellung des Schlüssels liegen (max_key_lifetime_days dieser Site)</translation>
    </message>
    <message>
        <source>Site-wide API key for %1 (key ID #%2)</source>
        <translation>Siteweiter API-Schlüssel für %1 (Schlüssel-ID #%2)</translation>
    </message>
    <message>
        <source>User API key for user #%1 (key ID #%2)</source>
        <translation>Benutzer-API-Schlüssel für Benutzer #%1 (Schlüssel-ID #%2)</translation>
    </message>
    <message>
        <source>User API key for %1 (key ID #%2)</source>
        <translation>Benutzer-API-Schlüssel für %1 (Schlüssel-ID #%2)</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::AddProfileDialog</name>
    <message>
        <source>Add Local Store Profile</source>
        <translation>Profil für lokalen Speicher hinzufügen</translation>
    </message>
    <message>
        <source>Add PostgreSQL Profile</source>
        <translation>PostgreSQL-Profil hinzufügen</translation>
    </message>
    <message>
        <source>Add Server Profile</source>
        <translation>Serverprofil hinzufügen</translation>
    </message>
    <message>
        <source>Connect to a KeyDesk store file on this computer with one of its API keys. The key is checked now and kept in your keychain.</source>
        <translation>Verbindung zu einer KeyDesk-Speicherdatei auf diesem Computer mit einem ihrer API-Schlüssel herstellen. Der Schlüssel wird jetzt geprüft und in Ihrem Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Connect straight to a KeyDesk database on PostgreSQL (for operators who own the database; everyone else uses a server profile). The key is checked now; the key and the database password are kept in your keychain.</source>
        <translation>Direkte Verbindung zu einer KeyDesk-Datenbank auf PostgreSQL herstellen (für Betreiber, denen die Datenbank gehört; alle anderen verwenden ein Serverprofil). Der Schlüssel wird jetzt geprüft; Schlüssel und Datenbankpasswort werden in Ihrem Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Connect to a KeyDesk server with your API key. The server checks the key now and decides what you may do; the key is kept in your keychain.</source>
        <translation>Mit Ihrem API-Schlüssel eine Verbindung zu einem KeyDesk-Server herstellen. Der Server prüft den Schlüssel jetzt und entscheidet, was Sie tun dürfen; der Schlüssel wird in Ihrem Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Speicherdatei</translation>
    </message>
    <message>
        <source>Store &amp;file:</source>
        <translation>&amp;Speicherdatei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the store file</source>
        <translation>Nach der Speicherdatei suchen</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>Datenbank-URL</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD or ~/.pgpass</source>
        <translation>Leer: PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Add Profile</source>
        <translation>Profil &amp;hinzufügen</translation>
    </message>
    <message>
        <source>There is no store file at this path.</source>
        <translation>Unter diesem Pfad gibt es keine Speicherdatei.</translation>
    </message>
    <message>
        <source>Enter a PostgreSQL URL, such as postgresql://user@host:5432/database.</source>
        <translation>Geben Sie eine PostgreSQL-URL ein, etwa postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://keydesk.example.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, etwa https://keydesk.example.com.</translation>
    </message>
    <message>
        <source>There is a profile of that name already.</source>
        <translation>Es gibt bereits ein Profil mit diesem Namen.</translation>
    </message>
    <message>
        <source>Store File</source>
        <translation>Speicherdatei</translation>
    </message>
    <message>
        <source>KeyDesk stores (*.sqlite);;All files (*)</source>
        <translation>KeyDesk-Speicher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::AuditLogDialog</name>
    <message>
        <source>site-wide key</source>
        <translation>siteweiter Schlüssel</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>key id, e.g. 7</source>
        <translation>Schlüssel-ID, z. B. 7</translation>
    </message>
    <message>
        <source>e.g. key.revoke</source>
        <translation>z. B. key.revoke</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Akteur:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s).</source>
        <translation>
            <numerusform>%n Ereignis exportiert.</numerusform>
            <numerusform>%n Ereignisse exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::ConsoleController</name>
    <message>
        <source>There is no connection profile of that name.</source>
        <translation>Es gibt kein Verbindungsprofil mit diesem Namen.</translation>
    </message>
    <message>
        <source>The key saved in the keychain no longer signs in. %1</source>
        <translation>Mit dem im Schlüsselbund gespeicherten Schlüssel ist keine Anmeldung mehr möglich. %1</translation>
    </message>
    <message>
        <source>No API key is saved in the keychain for this profile.</source>
        <translation>Für dieses Profil ist kein API-Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available (no Secret Service is running), so KeyDesk cannot remember your key. The key you enter is used for this session only and is not stored anywhere.</source>
        <translation>Es ist kein Schlüsselbund verfügbar (kein Secret Service aktiv), daher kann sich KeyDesk Ihren Schlüssel nicht merken. Der eingegebene Schlüssel wird nur für diese Sitzung verwendet und nirgends gespeichert.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Key Not Saved</source>
        <translation>Schlüssel nicht gespeichert</translation>
    </message>
    <message>
        <source>You are signed in, but the keychain did not keep the key. KeyDesk will ask for it next time.</source>
        <translation>Sie sind angemeldet, aber der Schlüsselbund hat den Schlüssel nicht behalten. KeyDesk wird beim nächsten Mal danach fragen.</translation>
    </message>
    <message>
        <source>Cannot Open Profile</source>
        <translation>Profil kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>KeyDesk cannot open the profile &quot;%1&quot;.</source>
        <translation>KeyDesk kann das Profil „%1“ nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::CreateKeyDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>This site limits keys to a lifetime of 1 day</source>
        <translation>Diese Site begrenzt die Lebensdauer von Schlüsseln auf 1 Tag</translation>
    </message>
    <message>
        <source>This site limits keys to a lifetime of %1 days</source>
        <translation>Diese Site begrenzt die Lebensdauer von Schlüsseln auf %1 Tage</translation>
    </message>
    <message>
        <source>&amp;User key for</source>
        <translation>&amp;Benutzerschlüssel für</translation>
    </message>
    <message>
        <source>User key</source>
        <translation>Benutzerschlüssel</translation>
    </message>
    <message>
        <source>Owner of the user key</source>
        <translation>Besitzer des Benutzerschlüssels</translation>
    </message>
    <message>
        <source>Site-&amp;wide key (the full API of %1)</source>
        <translation>Site&amp;weiter Schlüssel (die vollständige API von %1)</translation>
    </message>
    <message>
        <source>Site-wide key</source>
        <translation>Siteweiter Schlüssel</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Custom date…</source>
        <translation>Benutzerdefiniertes Datum…</translation>
    </message>
    <message>
        <source>Expiry date (end of the day, UTC)</source>
        <translation>Ablaufdatum (Ende des Tages, UTC)</translation>
    </message>
    <message>
        <source>The key expires at the end of this day (23:59:59 UTC)</source>
        <translation>Der Schlüssel läuft am Ende dieses Tages ab (23:59:59 UTC)</translation>
    </message>
    <message>
        <source>C&amp;reate key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>This user is disabled; keys do not work for disabled users</source>
        <translation>Dieser Benutzer ist deaktiviert; Schlüssel funktionieren für deaktivierte Benutzer nicht</translation>
    </message>
    <message>
        <source>This site has no users you can create keys for</source>
        <translation>Auf dieser Site gibt es keine Benutzer, für die Sie Schlüssel erstellen können</translation>
    </message>
    <message>
        <source>A site-wide key has the full API of the site and acts as a site administrator</source>
        <translation>Ein siteweiter Schlüssel hat die vollständige API der Site und handelt als Site-Administrator</translation>
    </message>
    <message>
        <source>This site requires every key to have an expiry date</source>
        <translation>Diese Site verlangt für jeden Schlüssel ein Ablaufdatum</translation>
    </message>
    <message>
        <source>Adds an Access Key ID and Secret Key for S3-compatible clients, shown once</source>
        <translation>Fügt eine Zugriffsschlüssel-ID und einen geheimen Schlüssel für S3-kompatible Clients hinzu, die einmalig angezeigt werden</translation>
    </message>
    <message>
        <source>S3-compatible credentials are for user keys only</source>
        <translation>S3-kompatible Zugangsdaten gibt es nur für Benutzerschlüssel</translation>
    </message>
    <message>
        <source>Expires %1 (local time)</source>
        <translation>Läuft ab: %1 (Ortszeit)</translation>
    </message>
    <message>
        <source>The key does not expire</source>
        <translation>Der Schlüssel läuft nicht ab</translation>
    </message>
    <message>
        <source>You cannot create keys on this site: %1</source>
        <translation>Sie können auf dieser Site keine Schlüssel erstellen: %1</translation>
    </message>
    <message>
        <source>Choose a user you may create a key for</source>
        <translation>Wählen Sie einen Benutzer, für den Sie einen Schlüssel erstellen dürfen</translation>
    </message>
    <message>
        <source>The expiry must be in the future</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen</translation>
    </message>
    <message>
        <source>Enter a name for the key</source>
        <translation>Geben Sie einen Namen für den Schlüssel ein</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed</source>
        <translation>Der Name ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>The name must not contain control characters</source>
        <translation>Der Name darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>The description is too long: at most %1 bytes</source>
        <translation>Die Beschreibung ist zu lang: höchstens %1 Byte</translation>
    </message>
    <message>
        <source>The description must not contain control characters</source>
        <translation>Die Beschreibung darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Creates a key on the site %1 (%2). The key is shown once, right after it is created.</source>
        <translation>Erstellt einen Schlüssel auf der Site %1 (%2). Der Schlüssel wird einmalig angezeigt, direkt nach dem Erstellen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What the key is for, e.g. “nightly backup”</source>
        <translation>Wofür der Schlüssel dient, z. B. „nächtliche Sicherung“</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Permission set</source>
        <translation>Berechtigungssatz</translation>
    </message>
    <message>
        <source>Enable use with Inbound &amp;S3-compatible clients</source>
        <translation>Verwendung mit eingehenden &amp;S3-kompatiblen Clients aktivieren</translation>
    </message>
    <message>
        <source>Enable use with Inbound S3-compatible clients</source>
        <translation>Verwendung mit eingehenden S3-kompatiblen Clients aktivieren</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsselart:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <source>&amp;Permission set:</source>
        <translation>Berech&amp;tigungssatz:</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::DisableKeysDialog</name>
    <message>
        <source>Disable API keys</source>
        <translation>API-Schlüssel deaktivieren</translation>
    </message>
    <message>
        <source>Disable the key “%1”?</source>
        <translation>Den Schlüssel „%1“ deaktivieren?</translation>
    </message>
    <message>
        <source>Disable %1 keys?</source>
        <translation>%1 Schlüssel deaktivieren?</translation>
    </message>
    <message>
        <source>A disabled key authenticates nothing until it is enabled again. Its permission set is remembered and offered when it is enabled.</source>
        <translation>Ein deaktivierter Schlüssel ermöglicht keine Authentifizierung, bis er wieder aktiviert wird. Sein Berechtigungssatz wird gespeichert und beim Aktivieren vorgeschlagen.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::DonePage</name>
    <message>
        <source>Your Store Is Ready</source>
        <translation>Ihr Speicher ist bereit</translation>
    </message>
    <message>
        <source>One step left: keep the administrator&apos;s API key.</source>
        <translation>Noch ein Schritt: Bewahren Sie den API-Schlüssel des Administrators auf.</translation>
    </message>
    <message>
        <source>Show Admin &amp;Key</source>
        <translation>Administrator&amp;schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation>Speicherdatei:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>Administrator:</translation>
    </message>
    <message>
        <source>Connection profile:</source>
        <translation>Verbindungsprofil:</translation>
    </message>
    <message>
        <source>Show Admin Key displays the key once. KeyDesk keeps only a digest of it, so nothing can show it again: copy it into your password manager.</source>
        <translation>„Administratorschlüssel anzeigen“ zeigt den Schlüssel einmalig an. KeyDesk speichert nur einen Hashwert davon, daher kann ihn nichts erneut anzeigen: Kopieren Sie ihn in Ihren Passwort-Manager.</translation>
    </message>
    <message>
        <source>%1 (subdomain %2)</source>
        <translation>%1 (Subdomain %2)</translation>
    </message>
    <message>
        <source>%1, site administrator</source>
        <translation>%1, Site-Administrator</translation>
    </message>
    <message>
        <source>The key is saved in your keychain for this profile: KeyDesk signs in with it from now on.</source>
        <translation>Der Schlüssel ist für dieses Profil in Ihrem Schlüsselbund gespeichert: KeyDesk meldet sich ab jetzt damit an.</translation>
    </message>
    <message>
        <source>No keychain is available (no Secret Service is running).</source>
        <translation>Es ist kein Schlüsselbund verfügbar (kein Secret Service aktiv).</translation>
    </message>
    <message>
        <source>The keychain refused to store the key.</source>
        <translation>Der Schlüsselbund hat das Speichern des Schlüssels verweigert.</translation>
    </message>
    <message>
        <source>KeyDesk did not save the key, and never stores it in plaintext: keep it yourself. You will be asked for it each time KeyDesk starts.</source>
        <translation>KeyDesk hat den Schlüssel nicht gespeichert und speichert ihn niemals im Klartext: Bewahren Sie ihn selbst auf. Sie werden bei jedem Start von KeyDesk danach gefragt.</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::EnableKeyDialog</name>
    <message>
        <source>Enable API keys</source>
        <translation>API-Schlüssel aktivieren</translation>
    </message>
    <message>
        <source>Enable the key “%1”</source>
        <translation>Den Schlüssel „%1“ aktivieren</translation>
    </message>
    <message>
        <source>Enable %1 keys</source>
        <translation>%1 Schlüssel aktivieren</translation>
    </message>
    <message>
        <source>The key authenticates again, with the permission set you choose. The set it had before is preselected.</source>
        <translation>Der Schlüssel ermöglicht wieder die Authentifizierung, mit dem von Ihnen gewählten Berechtigungssatz. Der vorherige Satz ist vorausgewählt.</translation>
    </message>
    <message>
        <source>The keys authenticate again, with the permission set you choose.</source>
        <translation>Die Schlüssel ermöglichen wieder die Authentifizierung, mit dem von Ihnen gewählten Berechtigungssatz.</translation>
    </message>
    <message>
        <source>Permission set</source>
        <translation>Berechtigungssatz</translation>
    </message>
    <message>
        <source>&amp;Permission set:</source>
        <translation>&amp;Berechtigungssatz:</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::FirstRunWizard</name>
    <message>
        <source>KeyDesk Setup</source>
        <translation>KeyDesk-Einrichtung</translation>
    </message>
    <message>
        <source>A file already exists at %1, and KeyDesk never overwrites one. Go back and choose another path.</source>
        <translation>Unter %1 existiert bereits eine Datei, und KeyDesk überschreibt niemals eine Datei. Gehen Sie zurück und wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>The connection profile could not be saved.</source>
        <translation>Das Verbindungsprofil konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::KeyDetailsPane</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Active, expiring soon</source>
        <translation>Aktiv, läuft bald ab</translation>
    </message>
    <message>
        <source>Expired: authenticates nothing</source>
        <translation>Abgelaufen: keine Authentifizierung möglich</translation>
    </message>
    <message>
        <source>Disabled: authenticates nothing</source>
        <translation>Deaktiviert: keine Authentifizierung möglich</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Besitzer:</translation>
    </message>
    <message>
        <source>Permission set:</source>
        <translation>Berechtigungssatz:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>Access Key ID:</source>
        <translation>Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Key description</source>
        <translation>Schlüsselbeschreibung</translation>
    </message>
    <message>
        <source>Audit trail:</source>
        <translation>Prüfverlauf:</translation>
    </message>
    <message>
        <source>Audit trail of the key</source>
        <translation>Prüfverlauf des Schlüssels</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 keys selected</source>
        <translation>%1 Schlüssel ausgewählt</translation>
    </message>
    <message>
        <source>Select a key to see its details.</source>
        <translation>Wählen Sie einen Schlüssel aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Site-wide key</source>
        <translation>Siteweiter Schlüssel</translation>
    </message>
    <message>
        <source>User key</source>
        <translation>Benutzerschlüssel</translation>
    </message>
    <message>
        <source>The whole site %1</source>
        <translation>Die gesamte Site %1</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (vorher %1)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> (rolled: replaced by key #%1)</source>
        <translation> (erneuert: ersetzt durch Schlüssel #%1)</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Keine Beschreibung</translation>
    </message>
    <message>
        <source>site-wide key #%1</source>
        <translation>siteweiter Schlüssel #%1</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::KeyTableModel</name>
    <message>
        <source>Site-wide</source>
        <translation>Siteweit</translation>
    </message>
    <message>
        <source>User + S3</source>
        <translation>Benutzer + S3</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message>
        <source>Expires tomorrow</source>
        <translation>Läuft morgen ab</translation>
    </message>
    <message>
        <source>Expires in %1 days</source>
        <translation>Läuft in %1 Tagen ab</translation>
    </message>
    <message>
        <source>(whole site)</source>
        <translation>(gesamte Site)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Permission set</source>
        <translation>Berechtigungssatz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Filter by this column with the controls above; the store sorts by name, created, expires and last used</source>
        <translation>Mit den Bedienelementen oben nach dieser Spalte filtern; der Speicher sortiert nach Name, Erstellung, Ablauf und letzter Verwendung</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::MainWindow</name>
    <message>
        <source>KeyDesk</source>
        <translation>KeyDesk</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Re-enable the key, or change its permission set</source>
        <translation>Den Schlüssel wieder aktivieren oder seinen Berechtigungssatz ändern</translation>
    </message>
    <message>
        <source>Revoke All Keys of &amp;User…</source>
        <translation>Alle Schlüssel eines &amp;Benutzers widerrufen…</translation>
    </message>
    <message>
        <source>Revoke every key of one user at once, e.g. when they leave</source>
        <translation>Alle Schlüssel eines Benutzers auf einmal widerrufen, z. B. wenn er das Unternehmen verlässt</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Key &amp;Policy…</source>
        <translation>Schlüssel&amp;richtlinie…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation>&amp;Verbindungsprofile…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About KeyDesk</source>
        <translation>Ü&amp;ber KeyDesk</translation>
    </message>
    <message>
        <source>About KeyDesk</source>
        <translation>Über KeyDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KeyDesk %1&lt;/h3&gt;&lt;p&gt;API keys for multi-site file sharing, modelled on Files.com.&lt;/p&gt;&lt;p&gt;Keys are shown once and stored only as SHA-256 digests.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KeyDesk %1&lt;/h3&gt;&lt;p&gt;API-Schlüssel für Multi-Site-Filesharing, nach dem Vorbild von Files.com.&lt;/p&gt;&lt;p&gt;Schlüssel werden einmalig angezeigt und nur als SHA-256-Hashwerte gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Search name, description, prefix or owner (Ctrl+F)</source>
        <translation>Name, Beschreibung, Präfix oder Besitzer durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Schlüssel durchsuchen</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Beliebige Art</translation>
    </message>
    <message>
        <source>Site-wide</source>
        <translation>Siteweit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>S3-compatible</source>
        <translation>S3-kompatibel</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Besitzer filtern</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 (subdomain %2)</source>
        <translation>%1 (Subdomain %2)</translation>
    </message>
    <message>
        <source>Child site %1 (subdomain %2)</source>
        <translation>Untergeordnete Site %1 (Subdomain %2)</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Beliebiger Besitzer</translation>
    </message>
    <message>
        <source>the site-wide key #%1</source>
        <translation>siteweiter Schlüssel #%1</translation>
    </message>
    <message>
        <source>Store: %1   Site: %2   Signed in as %3 (%4)   Profile: %5</source>
        <translation>Speicher: %1   Site: %2   Angemeldet als %3 (%4)   Profil: %5</translation>
    </message>
    <message>
        <source>Connected to the store again.</source>
        <translation>Wieder mit dem Speicher verbunden.</translation>
    </message>
    <message>
        <source>the key “%1”</source>
        <translation>Schlüssel „%1“</translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>%1 Schlüssel</translation>
    </message>
    <message>
        <source>select one or more keys first</source>
        <translation>zuerst einen oder mehrere Schlüssel auswählen</translation>
    </message>
    <message>
        <source>already disabled</source>
        <translation>bereits deaktiviert</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>Deaktiviert: %1.</translation>
    </message>
    <message>
        <source>Enabled %1 with permission set %2.</source>
        <translation>Aktiviert mit Berechtigungssatz %2: %1.</translation>
    </message>
    <message>
        <source>Revoked %1. Revoked keys authenticate nothing.</source>
        <translation>Widerrufen: %1. Widerrufene Schlüssel ermöglichen keine Authentifizierung mehr.</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>in %1 h</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>Ro&amp;ll Key…</source>
        <translation>Schlüssel e&amp;rneuern…</translation>
    </message>
    <message>
        <source>&amp;Export Inventory…</source>
        <translation>Bestand &amp;exportieren…</translation>
    </message>
    <message>
        <source>The site&apos;s keys as CSV: metadata only, never a key</source>
        <translation>Die Schlüssel der Site als CSV: nur Metadaten, niemals ein Schlüssel</translation>
    </message>
    <message>
        <source>Filter by last use</source>
        <translation>Nach letzter Verwendung filtern</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>Beliebige Verwendung</translation>
    </message>
    <message>
        <source>Not used for 30 days</source>
        <translation>Seit 30 Tagen nicht verwendet</translation>
    </message>
    <message>
        <source>Not used for 90 days</source>
        <translation>Seit 90 Tagen nicht verwendet</translation>
    </message>
    <message>
        <source>Not used for a year</source>
        <translation>Seit einem Jahr nicht verwendet</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the expiry notice</source>
        <translation>Den Ablaufhinweis ausblenden</translation>
    </message>
    <message>
        <source>select a key first</source>
        <translation>zuerst einen Schlüssel auswählen</translation>
    </message>
    <message>
        <source>select one key only</source>
        <translation>nur einen Schlüssel auswählen</translation>
    </message>
    <message>
        <source>already rolled; its replacement is key #%1</source>
        <translation>bereits erneuert; sein Ersatz ist Schlüssel #%1</translation>
    </message>
    <message>
        <source>disabled; enable it first</source>
        <translation>deaktiviert; zuerst aktivieren</translation>
    </message>
    <message>
        <source>expired; create a new key instead</source>
        <translation>abgelaufen; stattdessen einen neuen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Rolled “%1”: key #%2 replaces key #%3.</source>
        <translation>„%1“ erneuert: Schlüssel #%2 ersetzt Schlüssel #%3.</translation>
    </message>
    <message>
        <source>“%1” (#%2, %3)</source>
        <translation>„%1“ (#%2, %3)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>Your keys expiring within %1 days: %2. Roll them (Keys → Roll Key…) or extend their expiry before they stop working.</source>
        <translation>Ihre Schlüssel, die innerhalb von %1 Tagen ablaufen: %2. Erneuern Sie sie (Schlüssel → Schlüssel erneuern…) oder verlängern Sie ihre Laufzeit, bevor sie nicht mehr funktionieren.</translation>
    </message>
    <message>
        <source>Export Inventory</source>
        <translation>Bestand exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported %1 keys to %2.</source>
        <translation>%1 Schlüssel nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Nothing was changed.
%1</source>
        <translation>Es wurde nichts geändert.
%1</translation>
    </message>
    <message>
        <source>Revoked every key of %1. Revoked keys authenticate nothing.</source>
        <translation>Alle Schlüssel von %1 wurden widerrufen. Widerrufene Schlüssel ermöglichen keine Authentifizierung mehr.</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::ProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;Switch To</source>
        <translation>&amp;Wechseln</translation>
    </message>
    <message>
        <source>Add &amp;Local Store…</source>
        <translation>&amp;Lokalen Speicher hinzufügen…</translation>
    </message>
    <message>
        <source>A KeyDesk store file on this computer</source>
        <translation>Eine KeyDesk-Speicherdatei auf diesem Computer</translation>
    </message>
    <message>
        <source>Add &amp;PostgreSQL…</source>
        <translation>&amp;PostgreSQL hinzufügen…</translation>
    </message>
    <message>
        <source>A KeyDesk database on PostgreSQL, for the operators who own it</source>
        <translation>Eine KeyDesk-Datenbank auf PostgreSQL, für die Betreiber, denen sie gehört</translation>
    </message>
    <message>
        <source>Add Se&amp;rver…</source>
        <translation>Se&amp;rver hinzufügen…</translation>
    </message>
    <message>
        <source>A KeyDesk server: your team&apos;s shared key inventory</source>
        <translation>Ein KeyDesk-Server: der gemeinsame Schlüsselbestand Ihres Teams</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 (in use)
%2</source>
        <translation>%1 (in Verwendung)
%2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>This profile is in use: switch to another one first</source>
        <translation>Dieses Profil wird verwendet: Wechseln Sie zuerst zu einem anderen</translation>
    </message>
    <message>
        <source>Forget this profile and its key in the keychain; the store itself is kept</source>
        <translation>Dieses Profil und seinen Schlüssel im Schlüsselbund vergessen; der Speicher selbst bleibt erhalten</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added; its key is in the keychain.</source>
        <translation>Profil „%1“ hinzugefügt; sein Schlüssel ist im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added, but the keychain did not keep its key (%2): KeyDesk will ask for it when you switch to the profile.</source>
        <translation>Profil „%1“ hinzugefügt, aber der Schlüsselbund hat seinen Schlüssel nicht behalten (%2): KeyDesk fragt danach, wenn Sie zu diesem Profil wechseln.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its API key is deleted from the keychain. The store itself is kept; you need a key of that store to add it again.</source>
        <translation>Sein API-Schlüssel wird aus dem Schlüsselbund gelöscht. Der Speicher selbst bleibt erhalten; um ihn erneut hinzuzufügen, benötigen Sie einen Schlüssel dieses Speichers.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed; its keychain entry could not be deleted (%2).</source>
        <translation>Profil „%1“ entfernt; sein Eintrag im Schlüsselbund konnte nicht gelöscht werden (%2).</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::RevealDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>(wiped)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Copy your new API key</source>
        <translation>Kopieren Sie Ihren neuen API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This is the only time the key is shown. KeyDesk does not store it and cannot show it again. Copy it now and keep it somewhere safe, such as a password manager. If you lose it, revoke this key and create a new one.</source>
        <translation>Dies ist das einzige Mal, dass der Schlüssel angezeigt wird. KeyDesk speichert ihn nicht und kann ihn nicht erneut anzeigen. Kopieren Sie ihn jetzt und bewahren Sie ihn an einem sicheren Ort auf, etwa in einem Passwort-Manager. Wenn Sie ihn verlieren, widerrufen Sie diesen Schlüssel und erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Access Key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>Access &amp;Key ID:</source>
        <translation>&amp;Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>Secret Key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Secret Key:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>Copy as AWS Credentials &amp;Profile</source>
        <translation>Als AWS-Zugangsdaten&amp;profil kopieren</translation>
    </message>
    <message>
        <source>Copy a profile with the Access Key ID and Secret Key for the AWS CLI. Paste it into ~/.aws/config (not ~/.aws/credentials); it names the S3 endpoint in a comment.</source>
        <translation>Kopiert ein Profil mit der Zugriffsschlüssel-ID und dem geheimen Schlüssel für die AWS CLI. Fügen Sie es in ~/.aws/config ein (nicht in ~/.aws/credentials); es nennt den S3-Endpunkt in einem Kommentar.</translation>
    </message>
    <message>
        <source>Copy as AWS Credentials Profile for ~/.aws/config</source>
        <translation>Als AWS-Zugangsdatenprofil für ~/.aws/config kopieren</translation>
    </message>
    <message>
        <source>Copied the AWS CLI profile %1: paste it into ~/.aws/config.</source>
        <translation>AWS-CLI-Profil %1 kopiert: Fügen Sie es in ~/.aws/config ein.</translation>
    </message>
    <message>
        <source>I have stored this key in a safe place</source>
        <translation>Ich habe diesen Schlüssel an einem sicheren Ort gespeichert</translation>
    </message>
    <message>
        <source>The key cannot be shown again. Confirm that you have stored it before closing this window.</source>
        <translation>Der Schlüssel kann nicht erneut angezeigt werden. Bestätigen Sie, dass Sie ihn gespeichert haben, bevor Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Confirm that you have stored the key first</source>
        <translation>Bestätigen Sie zuerst, dass Sie den Schlüssel gespeichert haben</translation>
    </message>
    <message>
        <source>KeyDesk clears the clipboard after %1 s, unless you have copied something else by then.</source>
        <translation>KeyDesk leert die Zwischenablage nach %1 s, sofern Sie bis dahin nichts anderes kopiert haben.</translation>
    </message>
    <message>
        <source>KeyDesk clears the clipboard when it quits, unless you have copied something else by then.</source>
        <translation>KeyDesk leert die Zwischenablage beim Beenden, sofern Sie bis dahin nichts anderes kopiert haben.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::RevokeKeysDialog</name>
    <message>
        <source>Revoke API keys</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke the key “%1”?</source>
        <translation>Den Schlüssel „%1“ widerrufen?</translation>
    </message>
    <message>
        <source>Revoke %1 keys?</source>
        <translation>%1 Schlüssel widerrufen?</translation>
    </message>
    <message>
        <source>Revoking deletes a key for good: every client that uses it stops working at once. This cannot be undone, and a revoked key cannot be restored.</source>
        <translation>Durch das Widerrufen wird ein Schlüssel endgültig gelöscht: Jeder Client, der ihn verwendet, funktioniert sofort nicht mehr. Dies kann nicht rückgängig gemacht werden, und ein widerrufener Schlüssel kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>This is a site-wide key with the full API of its site. To confirm, type its name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Dies ist ein siteweiter Schlüssel mit der vollständigen API seiner Site. Geben Sie zur Bestätigung seinen Namen ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>A site-wide key is among them. To confirm, type the number of keys, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Darunter ist ein siteweiter Schlüssel. Geben Sie zur Bestätigung die Anzahl der Schlüssel ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Name of the key to revoke</source>
        <translation>Name des zu widerrufenden Schlüssels</translation>
    </message>
    <message>
        <source>Number of keys to revoke</source>
        <translation>Anzahl der zu widerrufenden Schlüssel</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::RevokeUserKeysDialog</name>
    <message>
        <source>Revoke All Keys of a User</source>
        <translation>Alle Schlüssel eines Benutzers widerrufen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Every API key of this user is revoked at once, in one step. Revoked keys authenticate nothing and cannot be restored. If any key may not be revoked by you, none is.</source>
        <translation>Alle API-Schlüssel dieses Benutzers werden auf einmal in einem Schritt widerrufen. Widerrufene Schlüssel ermöglichen keine Authentifizierung mehr und können nicht wiederhergestellt werden. Wenn Sie auch nur einen der Schlüssel nicht widerrufen dürfen, wird keiner widerrufen.</translation>
    </message>
    <message>
        <source>Revoke All</source>
        <translation>Alle widerrufen</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::RollKeyDialog</name>
    <message>
        <source>Roll Key</source>
        <translation>Schlüssel erneuern</translation>
    </message>
    <message>
        <source>Roll “%1”: a new key with the same name, owner, permission set%2 and description is shown once. The old key stops working after the grace period.</source>
        <translation>„%1“ erneuern: Ein neuer Schlüssel mit gleichem Namen, Besitzer, Berechtigungssatz%2 und gleicher Beschreibung wird einmalig angezeigt. Der alte Schlüssel funktioniert nach Ablauf der Übergangsfrist nicht mehr.</translation>
    </message>
    <message>
        <source>, S3 credentials</source>
        <translation>, S3-Zugangsdaten</translation>
    </message>
    <message>
        <source>Old key keeps working for</source>
        <translation>Alter Schlüssel funktioniert weiter für</translation>
    </message>
    <message>
        <source>No grace: stop it now</source>
        <translation>Keine Übergangsfrist: sofort ungültig</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Old key keeps &amp;working:</source>
        <translation>Alter Schlüssel funktioniert &amp;weiter:</translation>
    </message>
    <message>
        <source>&amp;Roll Key</source>
        <translation>Schlüssel &amp;erneuern</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clear copied keys after, in seconds</source>
        <translation>Kopierte Schlüssel entfernen nach, in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Clear copied keys after:</source>
        <translation>Kopierte Schlüssel &amp;entfernen nach:</translation>
    </message>
    <message>
        <source>Keys are expiring soon within, in days</source>
        <translation>Schlüssel laufen bald ab innerhalb von, in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Expiring soon within:</source>
        <translation>&amp;Bald ablaufend innerhalb von:</translation>
    </message>
    <message>
        <source>A key copied from KeyDesk is taken off the clipboard after this time, and when KeyDesk quits, unless you copied something else since.</source>
        <translation>Ein aus KeyDesk kopierter Schlüssel wird nach dieser Zeit aus der Zwischenablage entfernt, ebenso beim Beenden von KeyDesk, sofern Sie seitdem nichts anderes kopiert haben.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>KeyDesk speaks the new language when it starts again.</source>
        <translation>KeyDesk verwendet die neue Sprache nach dem nächsten Start.</translation>
    </message>
    <message>
        <source>S3 endpoint URL</source>
        <translation>S3-Endpunkt-URL</translation>
    </message>
    <message>
        <source>e.g. https://s3.keys.example.com:9000</source>
        <translation>z. B. https://s3.keys.example.com:9000</translation>
    </message>
    <message>
        <source>&amp;S3 endpoint:</source>
        <translation>&amp;S3-Endpunkt:</translation>
    </message>
    <message>
        <source>Where S3 clients reach your KeyDesk server (its S3-compatible listener; ask its administrator). The AWS CLI profile offered for a new S3 key names it; leave it empty if you do not know it.</source>
        <translation>Wo S3-Clients Ihren KeyDesk-Server erreichen (seine S3-kompatible Schnittstelle; fragen Sie seinen Administrator). Das für einen neuen S3-Schlüssel angebotene AWS-CLI-Profil nennt ihn; lassen Sie das Feld leer, wenn Sie ihn nicht kennen.</translation>
    </message>
    <message>
        <source>The S3 endpoint must be an http:// or https:// URL.</source>
        <translation>Der S3-Endpunkt muss eine http://- oder https://-URL sein.</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::SignInDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in to &quot;%1&quot;</source>
        <translation>Bei „%1“ anmelden</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>Enter the API key this profile signs in with.</source>
        <translation>Geben Sie den API-Schlüssel ein, mit dem sich dieses Profil anmeldet.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Remember this key in the keychain</source>
        <translation>Diesen Schlüssel im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Remember the key in the keychain</source>
        <translation>Den Schlüssel im Schlüsselbund merken</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>Anmel&amp;den</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::SitePage</name>
    <message>
        <source>Your Site</source>
        <translation>Ihre Site</translation>
    </message>
    <message>
        <source>A site holds users and their keys. Its administrator creates site-wide keys and manages everyone else&apos;s.</source>
        <translation>Eine Site enthält Benutzer und deren Schlüssel. Ihr Administrator erstellt siteweite Schlüssel und verwaltet die Schlüssel aller anderen.</translation>
    </message>
    <message>
        <source>&amp;Create Store</source>
        <translation>Speicher &amp;erstellen</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site-Name</translation>
    </message>
    <message>
        <source>e.g. Acme Corporation</source>
        <translation>z. B. Acme Corporation</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Subdomain</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>z. B. acme</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and hyphens; it names the site in URLs and on the command line</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche; bezeichnet die Site in URLs und auf der Befehlszeile</translation>
    </message>
    <message>
        <source>Administrator username</source>
        <translation>Benutzername des Administrators</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>Site-&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Subdomain:</source>
        <translation>&amp;Subdomain:</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <source>Create Store makes the store, the site, its administrator and the administrator&apos;s API key.</source>
        <translation>„Speicher erstellen“ legt den Speicher, die Site, ihren Administrator und den API-Schlüssel des Administrators an.</translation>
    </message>
    <message>
        <source>Fill in the site name, its subdomain and the administrator&apos;s username.</source>
        <translation>Geben Sie den Site-Namen, die Subdomain und den Benutzernamen des Administrators ein.</translation>
    </message>
    <message>
        <source>Initial admin key</source>
        <translation>Erster Administratorschlüssel</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::SitePolicyDialog</name>
    <message>
        <source>Key Policy of %1</source>
        <translation>Schlüsselrichtlinie von %1</translation>
    </message>
    <message>
        <source>Users may create their own API keys</source>
        <translation>Benutzer dürfen ihre eigenen API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Limit key lifetime to</source>
        <translation>Lebensdauer von Schlüsseln begrenzen auf</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Every key must have an expiry date</source>
        <translation>Jeder Schlüssel muss ein Ablaufdatum haben</translation>
    </message>
    <message>
        <source>Keys that break the saved policy (fix or revoke them; nothing is changed automatically):</source>
        <translation>Schlüssel, die gegen die gespeicherte Richtlinie verstoßen (korrigieren oder widerrufen Sie sie; nichts wird automatisch geändert):</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Show &amp;Key</source>
        <translation>Schlüssel &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Saved. Every key follows the policy.</source>
        <translation>Gespeichert. Alle Schlüssel entsprechen der Richtlinie.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n key(s) break the policy; fix or revoke them.</source>
        <translation>
            <numerusform>Gespeichert. %n Schlüssel verstößt gegen die Richtlinie; korrigieren oder widerrufen Sie ihn.</numerusform>
            <numerusform>Gespeichert. %n Schlüssel verstoßen gegen die Richtlinie; korrigieren oder widerrufen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>site-wide</source>
        <translation>siteweit</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::StorePage</name>
    <message>
        <source>Welcome to KeyDesk</source>
        <translation>Willkommen bei KeyDesk</translation>
    </message>
    <message>
        <source>Manage the API keys of your sites in one place.</source>
        <translation>Verwalten Sie die API-Schlüssel Ihrer Sites an einem Ort.</translation>
    </message>
    <message>
        <source>KeyDesk keeps the API keys of your sites: site-wide keys, users&apos; own keys and S3-compatible credentials, with who may create, disable and revoke which key.

Keys live in a store. To begin, create a local store: a file on this computer. Next you name your site and its first administrator; KeyDesk then creates that administrator&apos;s API key and shows it to you once.

If your team already shares a store, connect to it instead with an API key you were given.</source>
        <translation>KeyDesk verwaltet die API-Schlüssel Ihrer Sites: siteweite Schlüssel, eigene Schlüssel der Benutzer und S3-kompatible Zugangsdaten – samt der Regeln, wer welchen Schlüssel erstellen, deaktivieren und widerrufen darf.

Schlüssel liegen in einem Speicher. Erstellen Sie zu Beginn einen lokalen Speicher: eine Datei auf diesem Computer. Anschließend benennen Sie Ihre Site und ihren ersten Administrator; KeyDesk erstellt dann den API-Schlüssel dieses Administrators und zeigt ihn Ihnen einmalig an.

Wenn Ihr Team bereits einen gemeinsamen Speicher nutzt, verbinden Sie sich stattdessen mit diesem – mit einem API-Schlüssel, den Sie erhalten haben.</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Speicherdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the store file</source>
        <translation>Nach der Speicherdatei suchen</translation>
    </message>
    <message>
        <source>New store &amp;file:</source>
        <translation>&amp;Neue Speicherdatei:</translation>
    </message>
    <message>
        <source>&amp;Use This Existing Store…</source>
        <translation>Diesen &amp;vorhandenen Speicher verwenden…</translation>
    </message>
    <message>
        <source>Connect to the store in this file; KeyDesk then asks for one of its API keys</source>
        <translation>Mit dem Speicher in dieser Datei verbinden; KeyDesk fragt dann nach einem seiner API-Schlüssel</translation>
    </message>
    <message>
        <source>Connect to a &amp;Server…</source>
        <translation>Mit einem &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>Use the store of a KeyDesk server with one of its API keys</source>
        <translation>Den Speicher eines KeyDesk-Servers mit einem seiner API-Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Mit &amp;PostgreSQL verbinden…</translation>
    </message>
    <message>
        <source>For the operators of a shared PostgreSQL store</source>
        <translation>Für die Betreiber eines gemeinsam genutzten PostgreSQL-Speichers</translation>
    </message>
    <message>
        <source>Choose where the store file goes.</source>
        <translation>Wählen Sie, wo die Speicherdatei abgelegt wird.</translation>
    </message>
    <message>
        <source>Give the full path of the store file.</source>
        <translation>Geben Sie den vollständigen Pfad der Speicherdatei an.</translation>
    </message>
    <message>
        <source>A file already exists at this path, and KeyDesk never overwrites one. Choose another path, or use that file as your store.</source>
        <translation>Unter diesem Pfad existiert bereits eine Datei, und KeyDesk überschreibt niemals eine Datei. Wählen Sie einen anderen Pfad, oder verwenden Sie diese Datei als Ihren Speicher.</translation>
    </message>
    <message>
        <source>KeyDesk will create the store here, with its key-encryption key beside it (.kek, readable by you only).</source>
        <translation>KeyDesk erstellt den Speicher hier, mit seinem Schlüssel zur Schlüsselverschlüsselung daneben (.kek, nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Store File</source>
        <translation>Speicherdatei</translation>
    </message>
    <message>
        <source>KeyDesk stores (*.sqlite);;All files (*)</source>
        <translation>KeyDesk-Speicher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>keydeskctl</name>
    <message>
        <source>%1 takes a date (2026-11-28), an ISO 8601 time with a zone, or a span ago such as 7d or 12h</source>
        <translation>%1 erwartet ein Datum (2026-11-28), eine Zeitangabe mit Zeitzone nach ISO 8601 oder eine zurückliegende Zeitspanne wie 7d oder 12h</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>The key id</source>
        <translation>Die Schlüssel-ID</translation>
    </message>
    <message>
        <source>%1 keys (%2)</source>
        <translation>%1 Schlüssel (%2)</translation>
    </message>
    <message>
        <source>every key of user %1</source>
        <translation>alle Schlüssel des Benutzers %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Revoke (delete for good) %1?</source>
        <translation>%1 widerrufen (endgültig löschen)?</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>%1 deaktivieren?</translation>
    </message>
    <message>
        <source>Revoked no API keys.</source>
        <translation>Es wurden keine API-Schlüssel widerrufen.</translation>
    </message>
    <message>
        <source>Disabled no API keys.</source>
        <translation>Es wurden keine API-Schlüssel deaktiviert.</translation>
    </message>
    <message>
        <source>Revoked %1 API keys: %2.</source>
        <translation>%1 API-Schlüssel widerrufen: %2.</translation>
    </message>
    <message>
        <source>Disabled %1 API keys: %2.</source>
        <translation>%1 API-Schlüssel deaktiviert: %2.</translation>
    </message>
    <message>
        <source>Already disabled: %1.</source>
        <translation>Bereits deaktiviert: %1.</translation>
    </message>
    <message>
        <source>--user U and --all go together: every key of user U</source>
        <translation>--user U und --all gehören zusammen: alle Schlüssel des Benutzers U</translation>
    </message>
    <message>
        <source>give key ids, or --user U --all</source>
        <translation>Schlüssel-IDs oder --user U --all angeben</translation>
    </message>
    <message>
        <source>a bulk %1 asks for confirmation on a terminal; pass --yes when stdin is not one</source>
        <translation>„key %1“ für mehrere Schlüssel fragt am Terminal nach einer Bestätigung; --yes angeben, wenn stdin kein Terminal ist</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>ungültige Eingabe</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation>nicht authentifiziert</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>nicht berechtigt</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>store failure</source>
        <translation>Speicherfehler</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>KEYDESK_API_KEY is not set; export the API key to act as (keydeskctl init prints the first one)</source>
        <translation>KEYDESK_API_KEY ist nicht gesetzt; exportieren Sie den API-Schlüssel, mit dem gearbeitet werden soll (keydeskctl init gibt den ersten aus)</translation>
    </message>
    <message>
        <source>KEYDESK_API_KEY: %1</source>
        <translation>KEYDESK_API_KEY: %1</translation>
    </message>
    <message>
        <source>keydeskctl: %1: %2</source>
        <translation>keydeskctl: %1: %2</translation>
    </message>
    <message>
        <source>keydeskctl: usage error: %1 (see keydeskctl --help)</source>
        <translation>keydeskctl: Aufruffehler: %1 (siehe keydeskctl --help)</translation>
    </message>
    <message>
        <source>act on this site (yours, or a child site of yours)</source>
        <translation>auf dieser Site arbeiten (Ihrer oder einer Ihrer untergeordneten Sites)</translation>
    </message>
    <message>
        <source>with --all: every key of user U</source>
        <translation>mit --all: alle Schlüssel des Benutzers U</translation>
    </message>
    <message>
        <source>with --user: every key of that user</source>
        <translation>mit --user: alle Schlüssel dieses Benutzers</translation>
    </message>
    <message>
        <source>no confirmation prompt (needed when stdin is not a terminal)</source>
        <translation>keine Bestätigungsabfrage (nötig, wenn stdin kein Terminal ist)</translation>
    </message>
    <message>
        <source>name of the first site</source>
        <translation>Name der ersten Site</translation>
    </message>
    <message>
        <source>its subdomain</source>
        <translation>ihre Subdomain</translation>
    </message>
    <message>
        <source>username of its first site admin</source>
        <translation>Benutzername ihres ersten Site-Administrators</translation>
    </message>
    <message>
        <source>create the store, its first site and admin; print the admin&apos;s key once</source>
        <translation>den Speicher, seine erste Site und den Administrator erstellen; den Schlüssel des Administrators einmalig ausgeben</translation>
    </message>
    <message>
        <source>show a site and its settings</source>
        <translation>eine Site und ihre Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>users_can_create_api_keys true|false, max_key_lifetime_days N|none, require_key_expiry true|false</source>
        <translation>users_can_create_api_keys true|false, max_key_lifetime_days N|none, require_key_expiry true|false</translation>
    </message>
    <message>
        <source>list keys that break the site&apos;s key policy (to fix; nothing is changed)</source>
        <translation>Schlüssel auflisten, die gegen die Schlüsselrichtlinie der Site verstoßen (zum Beheben; es wird nichts geändert)</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>Site-Name</translation>
    </message>
    <message>
        <source>create a child site of your site (E3)</source>
        <translation>eine untergeordnete Site Ihrer Site erstellen (E3)</translation>
    </message>
    <message>
        <source>list your site&apos;s child sites</source>
        <translation>die untergeordneten Sites Ihrer Site auflisten</translation>
    </message>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>site_admin, helpdesk or user (default user)</source>
        <translation>site_admin, helpdesk oder user (Standard: user)</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>vollständiger Name</translation>
    </message>
    <message>
        <source>create a user</source>
        <translation>einen Benutzer erstellen</translation>
    </message>
    <message>
        <source>disable a user: their keys stop working (R11)</source>
        <translation>einen Benutzer deaktivieren: Seine Schlüssel funktionieren nicht mehr (R11)</translation>
    </message>
    <message>
        <source>re-enable a user</source>
        <translation>einen Benutzer wieder aktivieren</translation>
    </message>
    <message>
        <source>key name (required)</source>
        <translation>Schlüsselname (erforderlich)</translation>
    </message>
    <message>
        <source>a site-wide key (site admins only)</source>
        <translation>ein siteweiter Schlüssel (nur Site-Administratoren)</translation>
    </message>
    <message>
        <source>a user key for user U</source>
        <translation>ein Benutzerschlüssel für Benutzer U</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, ISO 8601 date-time, +Nd or +Nh</source>
        <translation>YYYY-MM-DD, Datum mit Uhrzeit nach ISO 8601, +Nd oder +Nh</translation>
    </message>
    <message>
        <source>full (default), files_only, desktop_app, sync_app, office_integration, mobile_app, none</source>
        <translation>full (Standard), files_only, desktop_app, sync_app, office_integration, mobile_app, none</translation>
    </message>
    <message>
        <source>also issue S3-compatible credentials (user keys only)</source>
        <translation>zusätzlich S3-kompatible Zugangsdaten ausstellen (nur Benutzerschlüssel)</translation>
    </message>
    <message>
        <source>create a key; prints it (and S3 credentials) once</source>
        <translation>einen Schlüssel erstellen; gibt ihn (und die S3-Zugangsdaten) einmalig aus</translation>
    </message>
    <message>
        <source>only U&apos;s keys</source>
        <translation>nur die Schlüssel von U</translation>
    </message>
    <message>
        <source>active, expiring, expired or disabled</source>
        <translation>active, expiring, expired oder disabled</translation>
    </message>
    <message>
        <source>site_wide, user or s3</source>
        <translation>site_wide, user oder s3</translation>
    </message>
    <message>
        <source>in name, description, prefix, owner</source>
        <translation>in Name, Beschreibung, Präfix, Besitzer</translation>
    </message>
    <message>
        <source>id, name, created_at, expires_at, last_use_at</source>
        <translation>id, name, created_at, expires_at, last_use_at</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>absteigend</translation>
    </message>
    <message>
        <source>at most N keys</source>
        <translation>höchstens N Schlüssel</translation>
    </message>
    <message>
        <source>active keys expiring within SPAN (7d, 24h)</source>
        <translation>aktive Schlüssel, die innerhalb von SPAN ablaufen (7d, 24h)</translation>
    </message>
    <message>
        <source>keys not used for SPAN (90d); never used: since creation</source>
        <translation>Schlüssel, die seit SPAN nicht verwendet wurden (90d); nie verwendet: seit der Erstellung</translation>
    </message>
    <message>
        <source>list keys (paged and filtered by the store)</source>
        <translation>Schlüssel auflisten (seitenweise und vom Speicher gefiltert)</translation>
    </message>
    <message>
        <source>new name</source>
        <translation>neuer Name</translation>
    </message>
    <message>
        <source>new description</source>
        <translation>neue Beschreibung</translation>
    </message>
    <message>
        <source>new expiry, or never</source>
        <translation>neues Ablaufdatum oder never</translation>
    </message>
    <message>
        <source>new permission set</source>
        <translation>neuer Berechtigungssatz</translation>
    </message>
    <message>
        <source>change a key&apos;s name, description, expiry or permission set</source>
        <translation>Name, Beschreibung, Ablaufdatum oder Berechtigungssatz eines Schlüssels ändern</translation>
    </message>
    <message>
        <source>disable keys (permission set none, R7); several at once in one transaction</source>
        <translation>Schlüssel deaktivieren (Berechtigungssatz none, R7); mehrere auf einmal in einer Transaktion</translation>
    </message>
    <message>
        <source>default: the set it had before</source>
        <translation>Standard: der vorherige Satz</translation>
    </message>
    <message>
        <source>re-enable a key</source>
        <translation>einen Schlüssel wieder aktivieren</translation>
    </message>
    <message>
        <source>delete keys for good (R8); several at once in one transaction</source>
        <translation>Schlüssel endgültig löschen (R8); mehrere auf einmal in einer Transaktion</translation>
    </message>
    <message>
        <source>now (default), 1h, 24h or 7d: how long the old key keeps working</source>
        <translation>now (Standard), 1h, 24h oder 7d: wie lange der alte Schlüssel weiter funktioniert</translation>
    </message>
    <message>
        <source>roll a key: prints its replacement (and S3 credentials) once; the old one expires</source>
        <translation>einen Schlüssel erneuern: gibt seinen Ersatz (und die S3-Zugangsdaten) einmalig aus; der alte läuft ab</translation>
    </message>
    <message>
        <source>csv (the only format)</source>
        <translation>csv (das einzige Format)</translation>
    </message>
    <message>
        <source>write to FILE</source>
        <translation>in FILE schreiben</translation>
    </message>
    <message>
        <source>the site&apos;s key inventory (metadata only, never a secret)</source>
        <translation>der Schlüsselbestand der Site (nur Metadaten, niemals ein Geheimnis)</translation>
    </message>
    <message>
        <source>read a key on stdin; exit 0 and print its principal if it authenticates on the site</source>
        <translation>einen Schlüssel von stdin lesen; mit 0 beenden und seine Identität ausgeben, wenn er sich auf der Site authentifiziert</translation>
    </message>
    <message>
        <source>events of one key</source>
        <translation>Ereignisse eines Schlüssels</translation>
    </message>
    <message>
        <source>at most N events</source>
        <translation>höchstens N Ereignisse</translation>
    </message>
    <message>
        <source>events by user U</source>
        <translation>Ereignisse von Benutzer U</translation>
    </message>
    <message>
        <source>only action A, e.g. key.revoke</source>
        <translation>nur Aktion A, z. B. key.revoke</translation>
    </message>
    <message>
        <source>from DATE (2026-11-28, ISO time, or 7d ago)</source>
        <translation>ab DATE (2026-11-28, ISO-Zeitangabe oder 7d zurück)</translation>
    </message>
    <message>
        <source>before DATE</source>
        <translation>vor DATE</translation>
    </message>
    <message>
        <source>read the audit log, newest first</source>
        <translation>das Prüfprotokoll lesen, neueste zuerst</translation>
    </message>
    <message>
        <source>--store needs a value</source>
        <translation>--store benötigt einen Wert</translation>
    </message>
    <message>
        <source>keydeskctl - manage KeyDesk API keys from the command line

Global options: --store URL (sqlite:PATH, postgresql://USER@HOST:PORT/DB or a KeyDesk
  server https://HOST[:PORT], http:// to loopback only; default $KEYDESK_STORE or the
  local store), --json (machine-readable output), --help, --version.
Every command but init and key verify acts as the API key in $KEYDESK_API_KEY.
init creates a SQLite or PostgreSQL store (never through a server). A server is
  reached with $KEYDESK_CA_FILE (extra trusted CA certificates, PEM),
  $KEYDESK_SERVER_DOMAIN (its --domain: sites by Host) and $KEYDESK_SERVER_TIMEOUT
  (seconds per request, default 15).

Exit codes: 0 ok, 1 store failure or unsupported, 2 usage, 3 not authenticated,
  4 not authorized, 5 not found, 6 invalid input, 7 conflict.

Commands:
</source>
        <translation>keydeskctl - KeyDesk-API-Schlüssel über die Befehlszeile verwalten

Globale Optionen: --store URL (sqlite:PATH, postgresql://USER@HOST:PORT/DB oder ein
  KeyDesk-Server https://HOST[:PORT], http:// nur zu Loopback; Standard $KEYDESK_STORE
  oder der lokale Speicher), --json (maschinenlesbare Ausgabe), --help, --version.
Jeder Befehl außer init und key verify meldet sich mit $KEYDESK_API_KEY an.
init erstellt einen SQLite- oder PostgreSQL-Speicher (nie über einen Server). Für
  Server gelten $KEYDESK_CA_FILE (weitere vertrauenswürdige CA-Zertifikate, PEM),
  $KEYDESK_SERVER_DOMAIN (sein --domain: Sites nach Host) und $KEYDESK_SERVER_TIMEOUT
  (Sekunden pro Anfrage, Standard 15).

Exit-Codes: 0 OK, 1 Speicherfehler/nicht unterstützt, 2 Aufruffehler, 3 nicht
  authentifiziert, 4 nicht berechtigt, 5 nicht gefunden, 6 ungültige Eingabe, 7 Konflikt.

Befehle:
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>unbekannter Befehl</translation>
    </message>
    <message>
        <source>init needs --%1</source>
        <translation>init benötigt --%1</translation>
    </message>
    <message>
        <source>init creates a store on this machine; a KeyDesk server&apos;s store is initialised where it runs, with keydeskctl init --store &lt;its database URL&gt;</source>
        <translation>init erstellt einen Speicher auf diesem Rechner; der Speicher eines KeyDesk-Servers wird dort initialisiert, wo der Server läuft, mit keydeskctl init --store &lt;seine Datenbank-URL&gt;</translation>
    </message>
    <message>
        <source>Initialised %1: site %2 (#%3) with site admin %4 (#%5).</source>
        <translation>%1 initialisiert: Site %2 (#%3) mit Site-Administrator %4 (#%5).</translation>
    </message>
    <message>
        <source>API key of %1 (shown once; store it now, it cannot be recovered):</source>
        <translation>API-Schlüssel von %1 (einmalig angezeigt; bewahren Sie ihn jetzt auf, er kann nicht wiederhergestellt werden):</translation>
    </message>
    <message>
        <source>Use it with: export KEYDESK_API_KEY=&lt;the key above&gt;</source>
        <translation>Verwendung: export KEYDESK_API_KEY=&lt;der obige Schlüssel&gt;</translation>
    </message>
    <message>
        <source>--expiring lists active keys; drop --status</source>
        <translation>--expiring listet aktive Schlüssel auf; --status weglassen</translation>
    </message>
    <message>
        <source>--status takes active, expiring, expired or disabled</source>
        <translation>--status erwartet active, expiring, expired oder disabled</translation>
    </message>
    <message>
        <source>--kind takes site_wide, user or s3</source>
        <translation>--kind erwartet site_wide, user oder s3</translation>
    </message>
    <message>
        <source>--sort takes id, name, created_at, expires_at or last_use_at</source>
        <translation>--sort erwartet id, name, created_at, expires_at oder last_use_at</translation>
    </message>
    <message>
        <source>key create needs --name</source>
        <translation>key create benötigt --name</translation>
    </message>
    <message>
        <source>key create needs exactly one of --site-wide and --user U</source>
        <translation>key create benötigt genau eine der Optionen --site-wide und --user U</translation>
    </message>
    <message>
        <source>key update needs at least one of --name, --description, --expires, --permission-set</source>
        <translation>key update benötigt mindestens eine der Optionen --name, --description, --expires, --permission-set</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Erstellt: %1.</translation>
    </message>
    <message>
        <source>Key (shown once; store it now, it cannot be recovered):</source>
        <translation>Schlüssel (einmalig angezeigt; bewahren Sie ihn jetzt auf, er kann nicht wiederhergestellt werden):</translation>
    </message>
    <message>
        <source>Access Key ID:</source>
        <translation>Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>Secret Key (shown once):</source>
        <translation>Geheimer Schlüssel (einmalig angezeigt):</translation>
    </message>
    <message>
        <source>The store has no primary site</source>
        <translation>Der Speicher hat keine primäre Site</translation>
    </message>
    <message>
        <source>Site %1 not found</source>
        <translation>Site %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Revoked API key #%1; it no longer authenticates.</source>
        <translation>API-Schlüssel #%1 widerrufen; er ermöglicht keine Authentifizierung mehr.</translation>
    </message>
    <message>
        <source>key verify reads the key on stdin, and stdin was empty</source>
        <translation>key verify liest den Schlüssel von stdin, aber stdin war leer</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2)</source>
        <translation>%1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>key rotate: --grace takes now, 1h, 24h or 7d</source>
        <translation>key rotate: --grace erwartet now, 1h, 24h oder 7d</translation>
    </message>
    <message>
        <source>Rolled key #%1 (grace %2).</source>
        <translation>Schlüssel #%1 erneuert (Übergangsfrist %2).</translation>
    </message>
    <message>
        <source>report keys needs --format csv</source>
        <translation>report keys benötigt --format csv</translation>
    </message>
    <message>
        <source>%1 keys written to %2</source>
        <translation>%1 Schlüssel in %2 geschrieben</translation>
    </message>
    <message>
        <source>Every key of %1 follows the site&apos;s key policy.</source>
        <translation>Alle Schlüssel von %1 entsprechen der Schlüsselrichtlinie der Site.</translation>
    </message>
    <message>
        <source>Unknown setting; use users_can_create_api_keys, max_key_lifetime_days or require_key_expiry</source>
        <translation>Unbekannte Einstellung; verwenden Sie users_can_create_api_keys, max_key_lifetime_days oder require_key_expiry</translation>
    </message>
    <message>
        <source>child-site create needs --name and --subdomain</source>
        <translation>child-site create benötigt --name und --subdomain</translation>
    </message>
    <message>
        <source>id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>owner:</source>
        <translation>Besitzer:</translation>
    </message>
    <message>
        <source>(site-wide)</source>
        <translation>(siteweit)</translation>
    </message>
    <message>
        <source>site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>permission_set:</source>
        <translation>Berechtigungssatz:</translation>
    </message>
    <message>
        <source>previous set:</source>
        <translation>Vorheriger Satz:</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <source>created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>last used:</source>
        <translation>Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>access key id:</source>
        <translation>Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>replaced by:</source>
        <translation>Ersetzt durch:</translation>
    </message>
    <message>
        <source>key #%1 (rolled)</source>
        <translation>Schlüssel #%1 (erneuert)</translation>
    </message>
    <message>
        <source>description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>BESITZER</translation>
    </message>
    <message>
        <source>PERMISSION</source>
        <translation>BERECHTIGUNG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT VERWENDET</translation>
    </message>
    <message>
        <source>subdomain:</source>
        <translation>Subdomain:</translation>
    </message>
    <message>
        <source>parent site:</source>
        <translation>Übergeordnete Site:</translation>
    </message>
    <message>
        <source>SUBDOMAIN</source>
        <translation>SUBDOMAIN</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <source>key #%1</source>
        <translation>Schlüssel #%1</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AKTEUR</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <source>the site-wide key</source>
        <translation>siteweiter Schlüssel</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>OK: key #%1 authenticates on site %2 as %3 (role %4, permission set %5)</source>
        <translation>OK: Schlüssel #%1 authentifiziert sich auf Site %2 als %3 (Rolle %4, Berechtigungssatz %5)</translation>
    </message>
    <message>
        <source>user create needs --username</source>
        <translation>user create benötigt --username</translation>
    </message>
    <message>
        <source>--role takes site_admin, helpdesk or user</source>
        <translation>--role erwartet site_admin, helpdesk oder user</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>--%1 given twice</source>
        <translation>--%1 doppelt angegeben</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 erwartet keinen Wert</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>fehlendes Argument</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>unerwartetes Argument</translation>
    </message>
    <message>
        <source>--expires takes YYYY-MM-DD, an ISO 8601 date-time, +Nd or +Nh, or never</source>
        <translation>--expires erwartet YYYY-MM-DD, ein Datum mit Uhrzeit nach ISO 8601, +Nd oder +Nh, oder never</translation>
    </message>
    <message>
        <source>--expires takes YYYY-MM-DD, an ISO 8601 date-time, +Nd or +Nh</source>
        <translation>--expires erwartet YYYY-MM-DD, ein Datum mit Uhrzeit nach ISO 8601, +Nd oder +Nh</translation>
    </message>
    <message>
        <source>%1 takes true or false</source>
        <translation>%1 erwartet true oder false</translation>
    </message>
    <message>
        <source>%1 must be a positive whole number</source>
        <translation>%1 muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to %2</source>
        <translation>%1 muss eine ganze Zahl von 1 bis %2 sein</translation>
    </message>
    <message>
        <source>Unknown permission set; use one of: %1</source>
        <translation>Unbekannter Berechtigungssatz; verwenden Sie einen von: %1</translation>
    </message>
    <message>
        <source>%1 takes a span like 7d or 24h</source>
        <translation>%1 erwartet eine Zeitspanne wie 7d oder 24h</translation>
    </message>
    <message>
        <source>Initial admin key</source>
        <translation>Erster Administratorschlüssel</translation>
    </message>
</context>
</TS>
