<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>FormHelpers</name>
    <message>
        <source>kds_… or kdu_… (50 characters)</source>
        <translation>kds_… ou kdu_… (50 caractères)</translation>
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
        <translation>Clés concernées</translation>
    </message>
</context>
<context>
    <name>KeyDetailsPane</name>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Created with the store</source>
        <translation>Créée avec le stockage</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Rolled</source>
        <translation>Renouvelée</translation>
    </message>
</context>
<context>
    <name>PermissionSet</name>
    <message>
        <source>Disabled: the key authenticates nothing</source>
        <translation>Désactivée&#xa0;: la clé ne permet aucune authentification</translation>
    </message>
    <message>
        <source>Everything its owner may do, including managing keys</source>
        <translation>Tout ce que son propriétaire peut faire, y compris gérer les clés</translation>
    </message>
    <message>
        <source>File operations only; no key or site management</source>
        <translation>Opérations sur les fichiers uniquement&#xa0;; aucune gestion des clés ni du site</translation>
    </message>
    <message>
        <source>For the desktop app only</source>
        <translation>Pour l’application de bureau uniquement</translation>
    </message>
    <message>
        <source>For the sync app only</source>
        <translation>Pour l’application de synchronisation uniquement</translation>
    </message>
    <message>
        <source>For the office integration only</source>
        <translation>Pour l’intégration bureautique uniquement</translation>
    </message>
    <message>
        <source>For the mobile app only</source>
        <translation>Pour l’application mobile uniquement</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>The input was not accepted</source>
        <translation>La saisie n’a pas été acceptée</translation>
    </message>
    <message>
        <source>The API key was not accepted</source>
        <translation>La clé d’API n’a pas été acceptée</translation>
    </message>
    <message>
        <source>You are not allowed to do this</source>
        <translation>Vous n’êtes pas autorisé à effectuer cette action</translation>
    </message>
    <message>
        <source>Not found: it may have been deleted, or you cannot see it</source>
        <translation>Introuvable&#xa0;: l’élément a peut-être été supprimé, ou vous ne pouvez pas le voir</translation>
    </message>
    <message>
        <source>This clashes with something that already exists</source>
        <translation>Cela entre en conflit avec un élément existant</translation>
    </message>
    <message>
        <source>The key store could not be read or written</source>
        <translation>Le stockage des clés n’a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <source>This store does not support that</source>
        <translation>Ce stockage ne prend pas cela en charge</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
    <message>
        <source>The API key you signed in with is disabled</source>
        <translation>La clé d’API avec laquelle vous vous êtes connecté est désactivée</translation>
    </message>
    <message>
        <source>The API key you signed in with cannot manage keys (its permission set is limited)</source>
        <translation>La clé d’API avec laquelle vous vous êtes connecté ne peut pas gérer les clés (son jeu d’autorisations est limité)</translation>
    </message>
    <message>
        <source>You have no access to this site</source>
        <translation>Vous n’avez pas accès à ce site</translation>
    </message>
    <message>
        <source>Only site administrators can do this</source>
        <translation>Seuls les administrateurs du site peuvent effectuer cette action</translation>
    </message>
    <message>
        <source>Help-desk staff cannot see or change site-wide keys</source>
        <translation>L’équipe du support ne peut ni voir ni modifier les clés de site</translation>
    </message>
    <message>
        <source>You can only do this with your own keys</source>
        <translation>Vous ne pouvez effectuer cette action que sur vos propres clés</translation>
    </message>
    <message>
        <source>This site does not let users manage their own API keys</source>
        <translation>Ce site ne permet pas aux utilisateurs de gérer leurs propres clés d’API</translation>
    </message>
    <message>
        <source>Only site administrators can create keys for other users</source>
        <translation>Seuls les administrateurs du site peuvent créer des clés pour d’autres utilisateurs</translation>
    </message>
    <message>
        <source>Only site administrators can create site-wide keys</source>
        <translation>Seuls les administrateurs du site peuvent créer des clés de site</translation>
    </message>
    <message>
        <source>Only site administrators can create keys here</source>
        <translation>Seuls les administrateurs du site peuvent créer des clés ici</translation>
    </message>
    <message>
        <source>This site does not let users create their own API keys; ask a site administrator</source>
        <translation>Ce site ne permet pas aux utilisateurs de créer leurs propres clés d’API&#xa0;; adressez-vous à un administrateur du site</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Connexion perdue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database cannot be reached: %1</source>
        <translation>La base de données est inaccessible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>site admin</source>
        <translation>administrateur du site</translation>
    </message>
    <message>
        <source>help desk</source>
        <translation>support</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
</context>
<context>
    <name>keydesk</name>
    <message>
        <source>KeyDesk: manage the API keys of your sites.</source>
        <translation>KeyDesk&#xa0;: gérez les clés d’API de vos sites.</translation>
    </message>
    <message>
        <source>Open the connection profile &lt;name&gt;.</source>
        <translation>Ouvrir le profil de connexion &lt;nom&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>unexpected argument; see --help</source>
        <translation>argument inattendu&#xa0;; voir --help</translation>
    </message>
    <message>
        <source>no display found (DISPLAY/WAYLAND_DISPLAY unset); run it in a desktop session, or use keydeskctl</source>
        <translation>aucun affichage trouvé (DISPLAY/WAYLAND_DISPLAY non définies)&#xa0;; lancez-le dans une session de bureau, ou utilisez keydeskctl</translation>
    </message>
    <message>
        <source>no connection profile named &quot;%1&quot;</source>
        <translation>aucun profil de connexion nommé «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>keydesk::Error</name>
    <message>
        <source>This API key is disabled</source>
        <translation>Cette clé d’API est désactivée</translation>
    </message>
    <message>
        <source>This API key&apos;s permission set does not allow key management</source>
        <translation>Le jeu d’autorisations de cette clé d’API ne permet pas la gestion des clés</translation>
    </message>
    <message>
        <source>This API key has no access to that site</source>
        <translation>Cette clé d’API n’a pas accès à ce site</translation>
    </message>
    <message>
        <source>Only site administrators can do this</source>
        <translation>Seuls les administrateurs du site peuvent effectuer cette action</translation>
    </message>
    <message>
        <source>Help-desk staff cannot see or change site-wide keys</source>
        <translation>L’équipe du support ne peut ni voir ni modifier les clés de site</translation>
    </message>
    <message>
        <source>You can only act on your own keys</source>
        <translation>Vous ne pouvez agir que sur vos propres clés</translation>
    </message>
    <message>
        <source>This site does not let users manage their own API keys (users_can_create_api_keys is off)</source>
        <translation>Ce site ne permet pas aux utilisateurs de gérer leurs propres clés d’API (users_can_create_api_keys est désactivé)</translation>
    </message>
    <message>
        <source>Only site administrators can create keys for other users</source>
        <translation>Seuls les administrateurs du site peuvent créer des clés pour d’autres utilisateurs</translation>
    </message>
    <message>
        <source>Site %1 not found</source>
        <translation>Site %1 introuvable</translation>
    </message>
    <message>
        <source>Site #%1 not found</source>
        <translation>Site #%1 introuvable</translation>
    </message>
    <message>
        <source>A child site cannot have child sites (one level only)</source>
        <translation>Un site enfant ne peut pas avoir de sites enfants (un seul niveau)</translation>
    </message>
    <message>
        <source>The subdomain %1 is taken</source>
        <translation>Le sous-domaine %1 est déjà utilisé</translation>
    </message>
    <message>
        <source>User %1 not found</source>
        <translation>Utilisateur %1 introuvable</translation>
    </message>
    <message>
        <source>User %1 already exists on site %2</source>
        <translation>L’utilisateur %1 existe déjà sur le site %2</translation>
    </message>
    <message>
        <source>You cannot disable your own user</source>
        <translation>Vous ne pouvez pas vous désactiver vous-même</translation>
    </message>
    <message>
        <source>Invalid credentials: the key is malformed or mistyped</source>
        <translation>Identifiants non valides&#xa0;: la clé est mal formée ou mal saisie</translation>
    </message>
    <message>
        <source>Invalid credentials: no such key (never issued, or revoked)</source>
        <translation>Identifiants non valides&#xa0;: clé inconnue (jamais émise, ou révoquée)</translation>
    </message>
    <message>
        <source>Invalid credentials: the key does not belong to this site</source>
        <translation>Identifiants non valides&#xa0;: la clé n’appartient pas à ce site</translation>
    </message>
    <message>
        <source>The key is disabled (permission set none)</source>
        <translation>La clé est désactivée (jeu d’autorisations none)</translation>
    </message>
    <message>
        <source>Invalid credentials: the key has expired</source>
        <translation>Identifiants non valides&#xa0;: la clé a expiré</translation>
    </message>
    <message>
        <source>Invalid credentials: the key&apos;s user is disabled</source>
        <translation>Identifiants non valides&#xa0;: l’utilisateur de la clé est désactivé</translation>
    </message>
    <message>
        <source>Invalid credentials: the key&apos;s user does not belong to this site</source>
        <translation>Identifiants non valides&#xa0;: l’utilisateur de la clé n’appartient pas à ce site</translation>
    </message>
    <message>
        <source>The store could not be read</source>
        <translation>Le stockage n’a pas pu être lu</translation>
    </message>
    <message>
        <source>This store is already initialised</source>
        <translation>Ce stockage est déjà initialisé</translation>
    </message>
    <message>
        <source>The store is not initialised (run keydeskctl init)</source>
        <translation>Le stockage n’est pas initialisé (exécutez keydeskctl init)</translation>
    </message>
    <message>
        <source>Cannot re-seal the S3 secret of API key #%1: %2</source>
        <translation>Impossible de rechiffrer la clé secrète S3 de la clé d’API #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No key-encryption key is configured</source>
        <translation>Aucune clé de chiffrement des clés n’est configurée</translation>
    </message>
    <message>
        <source>The S3 secrets were re-sealed under %1, but retiring the older keys failed: %2</source>
        <translation>Les clés secrètes S3 ont été rechiffrées avec %1, mais le retrait des anciennes clés de chiffrement a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was revoked: %1 of %2 keys refused (%3)</source>
        <translation>Rien n’a été révoqué&#xa0;: %1 clés sur %2 refusées (%3)</translation>
    </message>
    <message>
        <source>Nothing was disabled: %1 of %2 keys refused (%3)</source>
        <translation>Rien n’a été désactivé&#xa0;: %1 clés sur %2 refusées (%3)</translation>
    </message>
    <message>
        <source>User #%1 not found</source>
        <translation>Utilisateur #%1 introuvable</translation>
    </message>
    <message>
        <source>Select keys by id, or every key of one user</source>
        <translation>Sélectionnez des clés par ID, ou toutes les clés d’un utilisateur</translation>
    </message>
    <message>
        <source>No such keychain entry</source>
        <translation>Entrée introuvable dans le trousseau</translation>
    </message>
    <message>
        <source>No keychain is available</source>
        <translation>Aucun trousseau n’est disponible</translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation>Erreur du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The API key is malformed: it must be %1 characters long</source>
        <translation>La clé d’API est mal formée&#xa0;: elle doit comporter %1 caractères</translation>
    </message>
    <message>
        <source>The API key is malformed: it must start with kds_ or kdu_</source>
        <translation>La clé d’API est mal formée&#xa0;: elle doit commencer par kds_ ou kdu_</translation>
    </message>
    <message>
        <source>The API key is malformed: it contains a character outside A-Z, a-z, 0-9</source>
        <translation>La clé d’API est mal formée&#xa0;: elle contient un caractère hors de A-Z, a-z, 0-9</translation>
    </message>
    <message>
        <source>The API key is malformed: its checksum does not match (a typo?)</source>
        <translation>La clé d’API est mal formée&#xa0;: sa somme de contrôle ne correspond pas (faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <source>Only site administrators can raise this key above the permission set it was granted (%1)</source>
        <translation>Seuls les administrateurs du site peuvent élever cette clé au-delà du jeu d’autorisations qui lui a été accordé (%1)</translation>
    </message>
    <message>
        <source>Nothing to update</source>
        <translation>Rien à modifier</translation>
    </message>
    <message>
        <source>Enabling needs a permission set other than none</source>
        <translation>L’activation nécessite un jeu d’autorisations autre que none</translation>
    </message>
    <message>
        <source>API key #%1 was already rolled; its replacement is key #%2</source>
        <translation>La clé d’API #%1 a déjà été renouvelée&#xa0;; elle est remplacée par la clé #%2</translation>
    </message>
    <message>
        <source>API key #%1 is disabled; enable it before rolling it</source>
        <translation>La clé d’API #%1 est désactivée&#xa0;; activez-la avant de la renouveler</translation>
    </message>
    <message>
        <source>API key #%1 has expired; create a new key instead</source>
        <translation>La clé d’API #%1 a expiré&#xa0;; créez plutôt une nouvelle clé</translation>
    </message>
    <message>
        <source>S3-compatible credentials are only for user keys, never site-wide keys</source>
        <translation>Les identifiants compatibles S3 sont réservés aux clés d’utilisateur, jamais aux clés de site</translation>
    </message>
    <message>
        <source>User %1 does not belong to site %2; a user key must be on its user&apos;s own site</source>
        <translation>L’utilisateur %1 n’appartient pas au site %2&#xa0;; une clé d’utilisateur doit se trouver sur le site de son utilisateur</translation>
    </message>
    <message>
        <source>User %1 is disabled</source>
        <translation>L’utilisateur %1 est désactivé</translation>
    </message>
    <message>
        <source>You can only list your own keys</source>
        <translation>Vous ne pouvez lister que vos propres clés</translation>
    </message>
    <message>
        <source>KeyDesk server stores are not supported by this build yet</source>
        <translation>Les stockages sur un serveur KeyDesk ne sont pas encore pris en charge par cette version</translation>
    </message>
    <message>
        <source>Unknown store kind</source>
        <translation>Type de stockage inconnu</translation>
    </message>
    <message>
        <source>Invalid cursor: too long</source>
        <translation>Curseur non valide&#xa0;: trop long</translation>
    </message>
    <message>
        <source>Invalid cursor: not base64url</source>
        <translation>Curseur non valide&#xa0;: pas au format base64url</translation>
    </message>
    <message>
        <source>Invalid cursor: not a KeyDesk cursor</source>
        <translation>Curseur non valide&#xa0;: ce n’est pas un curseur KeyDesk</translation>
    </message>
    <message>
        <source>Invalid cursor: it belongs to another sort order</source>
        <translation>Curseur non valide&#xa0;: il correspond à un autre ordre de tri</translation>
    </message>
    <message>
        <source>Never expires, but the site requires an expiry date</source>
        <translation>N’expire jamais, alors que le site exige une date d’expiration</translation>
    </message>
    <message>
        <source>Expires more than %1 days after its creation</source>
        <translation>Expire plus de %1 jours après sa création</translation>
    </message>
    <message>
        <source>Profile name must be at most 64 characters</source>
        <translation>Le nom du profil doit comporter au plus 64 caractères</translation>
    </message>
    <message>
        <source>Parameter %1 is given twice</source>
        <translation>Le paramètre %1 est indiqué deux fois</translation>
    </message>
    <message>
        <source>per_page must be an integer from 1 to %1</source>
        <translation>per_page doit être un entier de 1 à %1</translation>
    </message>
    <message>
        <source>%1 must be a positive integer</source>
        <translation>%1 doit être un entier positif</translation>
    </message>
    <message>
        <source>Cannot sort by %1; sort by id, name, created_at, expires_at or last_use_at</source>
        <translation>Impossible de trier par %1&#xa0;; triez par id, name, created_at, expires_at ou last_use_at</translation>
    </message>
    <message>
        <source>Only one sort_by field is allowed</source>
        <translation>Un seul champ sort_by est autorisé</translation>
    </message>
    <message>
        <source>sort_by[%1] must be asc or desc</source>
        <translation>sort_by[%1] doit valoir asc ou desc</translation>
    </message>
    <message>
        <source>filter[status] must be active, expiring, expired or disabled</source>
        <translation>filter[status] doit valoir active, expiring, expired ou disabled</translation>
    </message>
    <message>
        <source>filter[kind] must be site_wide, user or s3</source>
        <translation>filter[kind] doit valoir site_wide, user ou s3</translation>
    </message>
    <message>
        <source>filter[search] is longer than %1 characters</source>
        <translation>filter[search] dépasse %1 caractères</translation>
    </message>
    <message>
        <source>Cannot filter by %1; filter by status, kind or search</source>
        <translation>Impossible de filtrer par %1&#xa0;; filtrez par status, kind ou search</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 date-time with a zone, e.g. 2026-12-31T00:00:00Z</source>
        <translation>%1 doit être une date et heure ISO 8601 avec fuseau horaire, p.&#xa0;ex. 2026-12-31T00:00:00Z</translation>
    </message>
    <message>
        <source>Unknown filter %1</source>
        <translation>Filtre %1 inconnu</translation>
    </message>
    <message>
        <source>Unknown sort parameter %1</source>
        <translation>Paramètre de tri %1 inconnu</translation>
    </message>
    <message>
        <source>Unknown parameter %1</source>
        <translation>Paramètre %1 inconnu</translation>
    </message>
    <message>
        <source>user_id must be a user id, or 0 for yourself</source>
        <translation>user_id doit être un ID d’utilisateur, ou 0 pour vous-même</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 time with a zone, e.g. 2026-11-28T15:14:00Z</source>
        <translation>%1 doit être une heure ISO 8601 avec fuseau horaire, p.&#xa0;ex. 2026-11-28T15:14:00Z</translation>
    </message>
    <message>
        <source>action must be an action name, e.g. key.revoke</source>
        <translation>action doit être un nom d’action, p.&#xa0;ex. key.revoke</translation>
    </message>
    <message>
        <source>Invalid store URL: unknown option %1</source>
        <translation>URL de stockage non valide&#xa0;: option %1 inconnue</translation>
    </message>
    <message>
        <source>Invalid store URL: the domain must be a lower-case DNS name</source>
        <translation>URL de stockage non valide&#xa0;: le domaine doit être un nom DNS en minuscules</translation>
    </message>
    <message>
        <source>Invalid store URL: not a KeyDesk server URL</source>
        <translation>URL de stockage non valide&#xa0;: ce n’est pas une URL de serveur KeyDesk</translation>
    </message>
    <message>
        <source>Invalid store URL: a server URL has no user name or password; the API key is kept in the keychain or KEYDESK_API_KEY</source>
        <translation>URL de stockage non valide&#xa0;: une URL de serveur ne doit contenir ni nom d’utilisateur ni mot de passe&#xa0;; la clé d’API est conservée dans le trousseau ou dans KEYDESK_API_KEY</translation>
    </message>
    <message>
        <source>No CA certificate could be read from %1 (KEYDESK_CA_FILE)</source>
        <translation>Aucun certificat d’AC n’a pu être lu dans %1 (KEYDESK_CA_FILE)</translation>
    </message>
    <message>
        <source>The KeyDesk server at %1 is busy; try again later</source>
        <translation>Le serveur KeyDesk à l’adresse %1 est occupé&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>The KeyDesk server at %1 answered HTTP %2</source>
        <translation>Le serveur KeyDesk à l’adresse %1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>Cannot reach the KeyDesk server at %1 (%2)</source>
        <translation>Impossible de joindre le serveur KeyDesk à l’adresse %1 (%2)</translation>
    </message>
    <message>
        <source>The KeyDesk server at %1 sent an unexpected answer (%2)</source>
        <translation>Le serveur KeyDesk à l’adresse %1 a envoyé une réponse inattendue (%2)</translation>
    </message>
    <message>
        <source>API key #%1 has no S3 credentials</source>
        <translation>La clé d’API #%1 n’a pas d’identifiants S3</translation>
    </message>
    <message>
        <source>The key-encryption key %1 is not configured</source>
        <translation>La clé de chiffrement des clés %1 n’est pas configurée</translation>
    </message>
    <message>
        <source>The S3 secret of API key #%1 failed authentication (damaged or tampered with)</source>
        <translation>L’authentification de la clé secrète S3 de la clé d’API #%1 a échoué (endommagée ou falsifiée)</translation>
    </message>
    <message>
        <source>No key-encryption key is configured, so S3 keys cannot be created</source>
        <translation>Aucune clé de chiffrement des clés n’est configurée&#xa0;: impossible de créer des clés S3</translation>
    </message>
    <message>
        <source>The key-encryption key has the wrong length</source>
        <translation>La clé de chiffrement des clés n’a pas la bonne longueur</translation>
    </message>
    <message>
        <source>Could not encrypt a secret</source>
        <translation>Impossible de chiffrer un secret</translation>
    </message>
    <message>
        <source>A sealed secret is damaged</source>
        <translation>Un secret chiffré est endommagé</translation>
    </message>
    <message>
        <source>A sealed secret failed authentication</source>
        <translation>L’authentification d’un secret chiffré a échoué</translation>
    </message>
    <message>
        <source>Site #%1 does not exist</source>
        <translation>Le site #%1 n’existe pas</translation>
    </message>
    <message>
        <source>API key #%1 not found</source>
        <translation>Clé d’API #%1 introuvable</translation>
    </message>
    <message>
        <source>The store failed (%1)</source>
        <translation>Échec du stockage (%1)</translation>
    </message>
    <message>
        <source>Invalid cursor: wrong value type</source>
        <translation>Curseur non valide&#xa0;: type de valeur incorrect</translation>
    </message>
    <message>
        <source>The store has schema version %1; this KeyDesk knows up to %2</source>
        <translation>Le stockage est en version de schéma %1&#xa0;; cette version de KeyDesk gère au plus la version %2</translation>
    </message>
    <message>
        <source>No KeyDesk store at %1 (create one with keydeskctl init)</source>
        <translation>Aucun stockage KeyDesk à l’emplacement %1 (créez-en un avec keydeskctl init)</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Impossible d’ouvrir le stockage %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>That value is already taken</source>
        <translation>Cette valeur est déjà utilisée</translation>
    </message>
    <message>
        <source>Text must not contain NUL</source>
        <translation>Le texte ne doit pas contenir de caractère NUL</translation>
    </message>
    <message>
        <source>The store returned no id</source>
        <translation>Le stockage n’a renvoyé aucun ID</translation>
    </message>
    <message>
        <source>API key #%1 does not exist</source>
        <translation>La clé d’API #%1 n’existe pas</translation>
    </message>
    <message>
        <source>API key #%1 does not exist or has no S3 credentials</source>
        <translation>La clé d’API #%1 n’existe pas ou n’a pas d’identifiants S3</translation>
    </message>
    <message>
        <source>Not a PostgreSQL store URL</source>
        <translation>Ce n’est pas une URL de stockage PostgreSQL</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver QPSQL is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Le pilote PostgreSQL de Qt, QPSQL, n’est pas installé (Debian&#xa0;: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>The store is unavailable (%1)</source>
        <translation>Le stockage est indisponible (%1)</translation>
    </message>
    <message>
        <source>Invalid store URL: a PostgreSQL URL has no fragment</source>
        <translation>URL de stockage non valide&#xa0;: une URL PostgreSQL ne doit pas comporter de fragment</translation>
    </message>
    <message>
        <source>Invalid store URL: the only query parameter of a PostgreSQL URL is schema</source>
        <translation>URL de stockage non valide&#xa0;: le seul paramètre de requête d’une URL PostgreSQL est schema</translation>
    </message>
    <message>
        <source>Invalid store URL: a schema name is 1-63 characters of a-z, 0-9 and _, not starting with a digit</source>
        <translation>URL de stockage non valide&#xa0;: un nom de schéma comporte de 1 à 63 caractères parmi a-z, 0-9 et _, sans commencer par un chiffre</translation>
    </message>
    <message>
        <source>Invalid store URL: name one schema</source>
        <translation>URL de stockage non valide&#xa0;: indiquez un seul schéma</translation>
    </message>
    <message>
        <source>Invalid store URL: it needs a host</source>
        <translation>URL de stockage non valide&#xa0;: un hôte est nécessaire</translation>
    </message>
    <message>
        <source>Invalid store URL: name the database, as in postgresql://user@host:5432/keydesk</source>
        <translation>URL de stockage non valide&#xa0;: indiquez la base de données, comme dans postgresql://user@host:5432/keydesk</translation>
    </message>
    <message>
        <source>Invalid store URL: do not put a password in the URL; use PGPASSWORD or the keychain</source>
        <translation>URL de stockage non valide&#xa0;: ne mettez pas de mot de passe dans l’URL&#xa0;; utilisez PGPASSWORD ou le trousseau</translation>
    </message>
    <message>
        <source>Invalid store URL: the path is the database name alone</source>
        <translation>URL de stockage non valide&#xa0;: le chemin doit se limiter au nom de la base de données</translation>
    </message>
    <message>
        <source>Invalid store URL: plain http is allowed to a loopback host only; use https</source>
        <translation>URL de stockage non valide&#xa0;: le http non chiffré n’est autorisé que vers un hôte de bouclage&#xa0;; utilisez https</translation>
    </message>
    <message>
        <source>Invalid store URL: a server URL has no path</source>
        <translation>URL de stockage non valide&#xa0;: une URL de serveur ne doit pas comporter de chemin</translation>
    </message>
    <message>
        <source>Invalid store URL: it is empty</source>
        <translation>URL de stockage non valide&#xa0;: elle est vide</translation>
    </message>
    <message>
        <source>Invalid store URL: it is not a usable path or URL</source>
        <translation>URL de stockage non valide&#xa0;: ce n’est ni un chemin ni une URL utilisable</translation>
    </message>
    <message>
        <source>Invalid store URL: use sqlite:PATH, postgresql://... or https://...</source>
        <translation>URL de stockage non valide&#xa0;: utilisez sqlite:PATH, postgresql://... ou https://...</translation>
    </message>
    <message>
        <source>Invalid store URL: sqlite: needs a file path</source>
        <translation>URL de stockage non valide&#xa0;: sqlite: doit être suivi d’un chemin de fichier</translation>
    </message>
    <message>
        <source>Name is required</source>
        <translation>Le nom est obligatoire</translation>
    </message>
    <message>
        <source>Name must be at most %1 characters</source>
        <translation>Le nom doit comporter au plus %1 caractères</translation>
    </message>
    <message>
        <source>Name must not contain control characters</source>
        <translation>Le nom ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>Site name is required</source>
        <translation>Le nom du site est obligatoire</translation>
    </message>
    <message>
        <source>Site name must be at most %1 characters</source>
        <translation>Le nom du site doit comporter au plus %1 caractères</translation>
    </message>
    <message>
        <source>Site name must not contain control characters</source>
        <translation>Le nom du site ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>Display name is required</source>
        <translation>Le nom d’affichage est obligatoire</translation>
    </message>
    <message>
        <source>Display name must be at most %1 characters</source>
        <translation>Le nom d’affichage doit comporter au plus %1 caractères</translation>
    </message>
    <message>
        <source>Display name must not contain control characters</source>
        <translation>Le nom d’affichage ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>Description must be at most %1 bytes</source>
        <translation>La description doit comporter au plus %1 octets</translation>
    </message>
    <message>
        <source>Description must not contain control characters</source>
        <translation>La description ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>Subdomain must be 1-63 lower-case letters, digits or hyphens, not starting or ending with a hyphen</source>
        <translation>Le sous-domaine doit comporter de 1 à 63 lettres minuscules, chiffres ou traits d’union, sans commencer ni finir par un trait d’union</translation>
    </message>
    <message>
        <source>Username must be 1-128 characters: letters, digits and . _ @ + - (starting with a letter or digit)</source>
        <translation>Le nom d’utilisateur doit comporter de 1 à 128 caractères&#xa0;: lettres, chiffres et . _ @ + - (en commençant par une lettre ou un chiffre)</translation>
    </message>
    <message>
        <source>max_key_lifetime_days must be between 1 and 36500</source>
        <translation>max_key_lifetime_days doit être compris entre 1 et 36500</translation>
    </message>
    <message>
        <source>This site requires every key to have an expiry date</source>
        <translation>Ce site exige une date d’expiration pour chaque clé</translation>
    </message>
    <message>
        <source>Expiry is not a valid date</source>
        <translation>La date d’expiration n’est pas une date valide</translation>
    </message>
    <message>
        <source>Expiry must be in the future</source>
        <translation>La date d’expiration doit être dans le futur</translation>
    </message>
    <message>
        <source>Expiry must be at most %1 days after the key&apos;s creation (this site&apos;s max_key_lifetime_days)</source>
        <translation>La date d’expiration doit se situer au plus %1 jours après la création de la clé (max_key_lifetime_days de ce site)</translation>
    </message>
    <message>
        <source>Site-wide API key for %1 (key ID #%2)</source>
        <translation>Clé d’API de site pour %1 (ID de clé #%2)</translation>
    </message>
    <message>
        <source>User API key for user #%1 (key ID #%2)</source>
        <translation>Clé d’API utilisateur de l’utilisateur #%1 (ID de clé #%2)</translation>
    </message>
    <message>
        <source>User API key for %1 (key ID #%2)</source>
        <translation>Clé d’API utilisateur de %1 (ID de clé #%2)</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::AddProfileDialog</name>
    <message>
        <source>Add Local Store Profile</source>
        <translation>Ajouter un profil de stockage local</translation>
    </message>
    <message>
        <source>Add PostgreSQL Profile</source>
        <translation>Ajouter un profil PostgreSQL</translation>
    </message>
    <message>
        <source>Add Server Profile</source>
        <translation>Ajouter un profil de serveur</translation>
    </message>
    <message>
        <source>Connect to a KeyDesk store file on this computer with one of its API keys. The key is checked now and kept in your keychain.</source>
        <translation>Connectez-vous à un fichier de stockage KeyDesk situé sur cet ordinateur avec l’une de ses clés d’API. La clé est vérifiée maintenant et conservée dans votre trousseau.</translation>
    </message>
    <message>
        <source>Connect straight to a KeyDesk database on PostgreSQL (for operators who own the database; everyone else uses a server profile). The key is checked now; the key and the database password are kept in your keychain.</source>
        <translation>Connectez-vous directement à une base de données KeyDesk sur PostgreSQL (pour les opérateurs responsables de la base de données&#xa0;; tous les autres utilisent un profil de serveur). La clé est vérifiée maintenant&#xa0;; la clé et le mot de passe de la base de données sont conservés dans votre trousseau.</translation>
    </message>
    <message>
        <source>Connect to a KeyDesk server with your API key. The server checks the key now and decides what you may do; the key is kept in your keychain.</source>
        <translation>Connectez-vous à un serveur KeyDesk avec votre clé d’API. Le serveur vérifie la clé maintenant et décide de ce que vous pouvez faire&#xa0;; la clé est conservée dans votre trousseau.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clé d’&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Fichier de stockage</translation>
    </message>
    <message>
        <source>Store &amp;file:</source>
        <translation>&amp;Fichier de stockage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the store file</source>
        <translation>Rechercher le fichier de stockage</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL de la base de données</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD or ~/.pgpass</source>
        <translation>Vide&#xa0;: PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add Profile</source>
        <translation>A&amp;jouter le profil</translation>
    </message>
    <message>
        <source>There is no store file at this path.</source>
        <translation>Aucun fichier de stockage n’existe à cet emplacement.</translation>
    </message>
    <message>
        <source>Enter a PostgreSQL URL, such as postgresql://user@host:5432/database.</source>
        <translation>Saisissez une URL PostgreSQL, par exemple postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://keydesk.example.com.</source>
        <translation>Saisissez l’adresse du serveur, par exemple https://keydesk.example.com.</translation>
    </message>
    <message>
        <source>There is a profile of that name already.</source>
        <translation>Un profil portant ce nom existe déjà.</translation>
    </message>
    <message>
        <source>Store File</source>
        <translation>Fichier de stockage</translation>
    </message>
    <message>
        <source>KeyDesk stores (*.sqlite);;All files (*)</source>
        <translation>Stockages KeyDesk (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::AuditLogDialog</name>
    <message>
        <source>site-wide key</source>
        <translation>clé de site</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>key id, e.g. 7</source>
        <translation>ID de clé, p. ex. 7</translation>
    </message>
    <message>
        <source>e.g. key.revoke</source>
        <translation>p. ex. key.revoke</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;tion&#xa0;:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s).</source>
        <translation>
            <numerusform>%n événement exporté.</numerusform>
            <numerusform>%n événements exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::ConsoleController</name>
    <message>
        <source>There is no connection profile of that name.</source>
        <translation>Aucun profil de connexion ne porte ce nom.</translation>
    </message>
    <message>
        <source>The key saved in the keychain no longer signs in. %1</source>
        <translation>La clé enregistrée dans le trousseau ne permet plus de se connecter. %1</translation>
    </message>
    <message>
        <source>No API key is saved in the keychain for this profile.</source>
        <translation>Aucune clé d’API n’est enregistrée dans le trousseau pour ce profil.</translation>
    </message>
    <message>
        <source>No keychain is available (no Secret Service is running), so KeyDesk cannot remember your key. The key you enter is used for this session only and is not stored anywhere.</source>
        <translation>Aucun trousseau n’est disponible (aucun Secret Service n’est en cours d’exécution)&#xa0;: KeyDesk ne peut donc pas mémoriser votre clé. La clé que vous saisissez n’est utilisée que pour cette session et n’est stockée nulle part.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Impossible de lire le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key Not Saved</source>
        <translation>Clé non enregistrée</translation>
    </message>
    <message>
        <source>You are signed in, but the keychain did not keep the key. KeyDesk will ask for it next time.</source>
        <translation>Vous êtes connecté, mais le trousseau n’a pas conservé la clé. KeyDesk vous la demandera la prochaine fois.</translation>
    </message>
    <message>
        <source>Cannot Open Profile</source>
        <translation>Impossible d’ouvrir le profil</translation>
    </message>
    <message>
        <source>KeyDesk cannot open the profile &quot;%1&quot;.</source>
        <translation>KeyDesk ne peut pas ouvrir le profil «&#xa0;%1&#xa0;».</translation>
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
        <translation>Ce site limite la durée de vie des clés à 1 jour</translation>
    </message>
    <message>
        <source>This site limits keys to a lifetime of %1 days</source>
        <translation>Ce site limite la durée de vie des clés à %1 jours</translation>
    </message>
    <message>
        <source>&amp;User key for</source>
        <translation>Clé d’&amp;utilisateur pour</translation>
    </message>
    <message>
        <source>User key</source>
        <translation>Clé d’utilisateur</translation>
    </message>
    <message>
        <source>Owner of the user key</source>
        <translation>Propriétaire de la clé d’utilisateur</translation>
    </message>
    <message>
        <source>Site-&amp;wide key (the full API of %1)</source>
        <translation>Clé de s&amp;ite (l’API complète de %1)</translation>
    </message>
    <message>
        <source>Site-wide key</source>
        <translation>Clé de site</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Custom date…</source>
        <translation>Date personnalisée…</translation>
    </message>
    <message>
        <source>Expiry date (end of the day, UTC)</source>
        <translation>Date d’expiration (fin de la journée, UTC)</translation>
    </message>
    <message>
        <source>The key expires at the end of this day (23:59:59 UTC)</source>
        <translation>La clé expire à la fin de cette journée (23:59:59 UTC)</translation>
    </message>
    <message>
        <source>C&amp;reate key</source>
        <translation>C&amp;réer la clé</translation>
    </message>
    <message>
        <source>This user is disabled; keys do not work for disabled users</source>
        <translation>Cet utilisateur est désactivé&#xa0;; les clés ne fonctionnent pas pour les utilisateurs désactivés</translation>
    </message>
    <message>
        <source>This site has no users you can create keys for</source>
        <translation>Ce site n’a aucun utilisateur pour lequel vous pouvez créer des clés</translation>
    </message>
    <message>
        <source>A site-wide key has the full API of the site and acts as a site administrator</source>
        <translation>Une clé de site dispose de l’API complète du site et agit en tant qu’administrateur du site</translation>
    </message>
    <message>
        <source>This site requires every key to have an expiry date</source>
        <translation>Ce site exige une date d’expiration pour chaque clé</translation>
    </message>
    <message>
        <source>Adds an Access Key ID and Secret Key for S3-compatible clients, shown once</source>
        <translation>Ajoute un ID de clé d’accès et une clé secrète pour les clients compatibles S3, affichés une seule fois</translation>
    </message>
    <message>
        <source>S3-compatible credentials are for user keys only</source>
        <translation>Les identifiants compatibles S3 sont réservés aux clés d’utilisateur</translation>
    </message>
    <message>
        <source>Expires %1 (local time)</source>
        <translation>Expire le %1 (heure locale)</translation>
    </message>
    <message>
        <source>The key does not expire</source>
        <translation>La clé n’expire pas</translation>
    </message>
    <message>
        <source>You cannot create keys on this site: %1</source>
        <translation>Vous ne pouvez pas créer de clés sur ce site&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a user you may create a key for</source>
        <translation>Choisissez un utilisateur pour lequel vous pouvez créer une clé</translation>
    </message>
    <message>
        <source>The expiry must be in the future</source>
        <translation>La date d’expiration doit être dans le futur</translation>
    </message>
    <message>
        <source>Enter a name for the key</source>
        <translation>Saisissez un nom pour la clé</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed</source>
        <translation>Le nom compte %1 caractères&#xa0;; %2 au maximum sont autorisés</translation>
    </message>
    <message>
        <source>The name must not contain control characters</source>
        <translation>Le nom ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>The description is too long: at most %1 bytes</source>
        <translation>La description est trop longue&#xa0;: %1 octets au maximum</translation>
    </message>
    <message>
        <source>The description must not contain control characters</source>
        <translation>La description ne doit pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé d’API</translation>
    </message>
    <message>
        <source>Creates a key on the site %1 (%2). The key is shown once, right after it is created.</source>
        <translation>Crée une clé sur le site %1 (%2). La clé n’est affichée qu’une seule fois, juste après sa création.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What the key is for, e.g. “nightly backup”</source>
        <translation>À quoi sert la clé, p. ex. «&#xa0;sauvegarde nocturne&#xa0;»</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Permission set</source>
        <translation>Jeu d’autorisations</translation>
    </message>
    <message>
        <source>Enable use with Inbound &amp;S3-compatible clients</source>
        <translation>Autoriser l’utilisation par les clients entrants compatibles &amp;S3</translation>
    </message>
    <message>
        <source>Enable use with Inbound S3-compatible clients</source>
        <translation>Autoriser l’utilisation par les clients entrants compatibles S3</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpiration&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Permission set:</source>
        <translation>&amp;Jeu d’autorisations&#xa0;:</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::DisableKeysDialog</name>
    <message>
        <source>Disable API keys</source>
        <translation>Désactiver des clés d’API</translation>
    </message>
    <message>
        <source>Disable the key “%1”?</source>
        <translation>Désactiver la clé «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Disable %1 keys?</source>
        <translation>Désactiver %1 clés&#xa0;?</translation>
    </message>
    <message>
        <source>A disabled key authenticates nothing until it is enabled again. Its permission set is remembered and offered when it is enabled.</source>
        <translation>Une clé désactivée ne permet aucune authentification tant qu’elle n’est pas réactivée. Son jeu d’autorisations est mémorisé et proposé lors de la réactivation.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::DonePage</name>
    <message>
        <source>Your Store Is Ready</source>
        <translation>Votre stockage est prêt</translation>
    </message>
    <message>
        <source>One step left: keep the administrator&apos;s API key.</source>
        <translation>Il reste une étape&#xa0;: conserver la clé d’API de l’administrateur.</translation>
    </message>
    <message>
        <source>Show Admin &amp;Key</source>
        <translation>Afficher la clé d’&amp;administrateur</translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation>Fichier de stockage&#xa0;:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>Administrateur&#xa0;:</translation>
    </message>
    <message>
        <source>Connection profile:</source>
        <translation>Profil de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Show Admin Key displays the key once. KeyDesk keeps only a digest of it, so nothing can show it again: copy it into your password manager.</source>
        <translation>«&#xa0;Afficher la clé d’administrateur&#xa0;» affiche la clé une seule fois. KeyDesk n’en conserve qu’une empreinte&#xa0;: rien ne permet de l’afficher à nouveau. Copiez-la dans votre gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>%1 (subdomain %2)</source>
        <translation>%1 (sous-domaine %2)</translation>
    </message>
    <message>
        <source>%1, site administrator</source>
        <translation>%1, administrateur du site</translation>
    </message>
    <message>
        <source>The key is saved in your keychain for this profile: KeyDesk signs in with it from now on.</source>
        <translation>La clé est enregistrée dans votre trousseau pour ce profil&#xa0;: KeyDesk l’utilise désormais pour se connecter.</translation>
    </message>
    <message>
        <source>No keychain is available (no Secret Service is running).</source>
        <translation>Aucun trousseau n’est disponible (aucun Secret Service n’est en cours d’exécution).</translation>
    </message>
    <message>
        <source>The keychain refused to store the key.</source>
        <translation>Le trousseau a refusé d’enregistrer la clé.</translation>
    </message>
    <message>
        <source>KeyDesk did not save the key, and never stores it in plaintext: keep it yourself. You will be asked for it each time KeyDesk starts.</source>
        <translation>KeyDesk n’a pas enregistré la clé et ne la stocke jamais en clair&#xa0;: conservez-la vous-même. Elle vous sera demandée à chaque démarrage de KeyDesk.</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::EnableKeyDialog</name>
    <message>
        <source>Enable API keys</source>
        <translation>Activer des clés d’API</translation>
    </message>
    <message>
        <source>Enable the key “%1”</source>
        <translation>Activer la clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Enable %1 keys</source>
        <translation>Activer %1 clés</translation>
    </message>
    <message>
        <source>The key authenticates again, with the permission set you choose. The set it had before is preselected.</source>
        <translation>La clé permet de nouveau l’authentification, avec le jeu d’autorisations que vous choisissez. Le jeu qu’elle avait auparavant est présélectionné.</translation>
    </message>
    <message>
        <source>The keys authenticate again, with the permission set you choose.</source>
        <translation>Les clés permettent de nouveau l’authentification, avec le jeu d’autorisations que vous choisissez.</translation>
    </message>
    <message>
        <source>Permission set</source>
        <translation>Jeu d’autorisations</translation>
    </message>
    <message>
        <source>&amp;Permission set:</source>
        <translation>&amp;Jeu d’autorisations&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::FirstRunWizard</name>
    <message>
        <source>KeyDesk Setup</source>
        <translation>Configuration de KeyDesk</translation>
    </message>
    <message>
        <source>A file already exists at %1, and KeyDesk never overwrites one. Go back and choose another path.</source>
        <translation>Un fichier existe déjà à l’emplacement %1 et KeyDesk n’écrase jamais un fichier existant. Revenez en arrière et choisissez un autre chemin.</translation>
    </message>
    <message>
        <source>The connection profile could not be saved.</source>
        <translation>Le profil de connexion n’a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::KeyDetailsPane</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Active, expiring soon</source>
        <translation>Active, expire bientôt</translation>
    </message>
    <message>
        <source>Expired: authenticates nothing</source>
        <translation>Expirée&#xa0;: ne permet aucune authentification</translation>
    </message>
    <message>
        <source>Disabled: authenticates nothing</source>
        <translation>Désactivée&#xa0;: ne permet aucune authentification</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Permission set:</source>
        <translation>Jeu d’autorisations&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>Préfixe&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Création&#xa0;:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Dernière utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>Access Key ID:</source>
        <translation>ID de clé d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Key description</source>
        <translation>Description de la clé</translation>
    </message>
    <message>
        <source>Audit trail:</source>
        <translation>Historique d’audit&#xa0;:</translation>
    </message>
    <message>
        <source>Audit trail of the key</source>
        <translation>Historique d’audit de la clé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>%1 keys selected</source>
        <translation>%1 clés sélectionnées</translation>
    </message>
    <message>
        <source>Select a key to see its details.</source>
        <translation>Sélectionnez une clé pour en afficher les détails.</translation>
    </message>
    <message>
        <source>Site-wide key</source>
        <translation>Clé de site</translation>
    </message>
    <message>
        <source>User key</source>
        <translation>Clé d’utilisateur</translation>
    </message>
    <message>
        <source>The whole site %1</source>
        <translation>Tout le site %1</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (auparavant %1)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> (rolled: replaced by key #%1)</source>
        <translation> (renouvelée&#xa0;: remplacée par la clé #%1)</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Aucune description</translation>
    </message>
    <message>
        <source>site-wide key #%1</source>
        <translation>clé de site #%1</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>utilisateur #%1</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::KeyTableModel</name>
    <message>
        <source>Site-wide</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>User + S3</source>
        <translation>Utilisateur + S3</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Expire aujourd’hui</translation>
    </message>
    <message>
        <source>Expires tomorrow</source>
        <translation>Expire demain</translation>
    </message>
    <message>
        <source>Expires in %1 days</source>
        <translation>Expire dans %1 jours</translation>
    </message>
    <message>
        <source>(whole site)</source>
        <translation>(tout le site)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Permission set</source>
        <translation>Jeu d’autorisations</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Filter by this column with the controls above; the store sorts by name, created, expires and last used</source>
        <translation>Filtrez selon cette colonne avec les contrôles ci-dessus&#xa0;; le stockage trie par nom, création, expiration et dernière utilisation</translation>
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
        <translation>&amp;Nouvelle clé…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Activer…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>Re-enable the key, or change its permission set</source>
        <translation>Réactiver la clé ou modifier son jeu d’autorisations</translation>
    </message>
    <message>
        <source>Revoke All Keys of &amp;User…</source>
        <translation>Révoquer toutes les clés d’un &amp;utilisateur…</translation>
    </message>
    <message>
        <source>Revoke every key of one user at once, e.g. when they leave</source>
        <translation>Révoquer en une fois toutes les clés d’un utilisateur, p. ex. lorsqu’il quitte l’organisation</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>Key &amp;Policy…</source>
        <translation>Règles des &amp;clés…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation>&amp;Profils de connexion…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Clés</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About KeyDesk</source>
        <translation>À &amp;propos de KeyDesk</translation>
    </message>
    <message>
        <source>About KeyDesk</source>
        <translation>À propos de KeyDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KeyDesk %1&lt;/h3&gt;&lt;p&gt;API keys for multi-site file sharing, modelled on Files.com.&lt;/p&gt;&lt;p&gt;Keys are shown once and stored only as SHA-256 digests.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KeyDesk %1&lt;/h3&gt;&lt;p&gt;Clés d’API pour le partage de fichiers multisite, sur le modèle de Files.com.&lt;/p&gt;&lt;p&gt;Les clés ne sont affichées qu’une seule fois et ne sont stockées que sous forme d’empreintes SHA-256.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Search name, description, prefix or owner (Ctrl+F)</source>
        <translation>Rechercher par nom, description, préfixe ou propriétaire (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Rechercher des clés</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Site-wide</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>S3-compatible</source>
        <translation>Compatible S3</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrer par propriétaire</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <source>%1 (subdomain %2)</source>
        <translation>%1 (sous-domaine %2)</translation>
    </message>
    <message>
        <source>Child site %1 (subdomain %2)</source>
        <translation>Site enfant %1 (sous-domaine %2)</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tout propriétaire</translation>
    </message>
    <message>
        <source>the site-wide key #%1</source>
        <translation>la clé de site #%1</translation>
    </message>
    <message>
        <source>Store: %1   Site: %2   Signed in as %3 (%4)   Profile: %5</source>
        <translation>Stockage&#xa0;: %1   Site&#xa0;: %2   Connecté en tant que %3 (%4)   Profil&#xa0;: %5</translation>
    </message>
    <message>
        <source>Connected to the store again.</source>
        <translation>De nouveau connecté au stockage.</translation>
    </message>
    <message>
        <source>the key “%1”</source>
        <translation>la clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>%1 clés</translation>
    </message>
    <message>
        <source>select one or more keys first</source>
        <translation>sélectionnez d’abord une ou plusieurs clés</translation>
    </message>
    <message>
        <source>already disabled</source>
        <translation>déjà désactivée</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>Désactivation de %1 effectuée.</translation>
    </message>
    <message>
        <source>Enabled %1 with permission set %2.</source>
        <translation>Activation de %1 effectuée avec le jeu d’autorisations %2.</translation>
    </message>
    <message>
        <source>Revoked %1. Revoked keys authenticate nothing.</source>
        <translation>Révocation de %1 effectuée. Les clés révoquées ne permettent plus aucune authentification.</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>dans %1 h</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <source>Ro&amp;ll Key…</source>
        <translation>Renouve&amp;ler la clé…</translation>
    </message>
    <message>
        <source>&amp;Export Inventory…</source>
        <translation>E&amp;xporter l’inventaire…</translation>
    </message>
    <message>
        <source>The site&apos;s keys as CSV: metadata only, never a key</source>
        <translation>Les clés du site au format CSV&#xa0;: métadonnées uniquement, jamais de clé</translation>
    </message>
    <message>
        <source>Filter by last use</source>
        <translation>Filtrer par dernière utilisation</translation>
    </message>
    <message>
        <source>Any use</source>
        <translation>Toute utilisation</translation>
    </message>
    <message>
        <source>Not used for 30 days</source>
        <translation>Inutilisée depuis 30 jours</translation>
    </message>
    <message>
        <source>Not used for 90 days</source>
        <translation>Inutilisée depuis 90 jours</translation>
    </message>
    <message>
        <source>Not used for a year</source>
        <translation>Inutilisée depuis un an</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the expiry notice</source>
        <translation>Ignorer l’avis d’expiration</translation>
    </message>
    <message>
        <source>select a key first</source>
        <translation>sélectionnez d’abord une clé</translation>
    </message>
    <message>
        <source>select one key only</source>
        <translation>sélectionnez une seule clé</translation>
    </message>
    <message>
        <source>already rolled; its replacement is key #%1</source>
        <translation>déjà renouvelée&#xa0;; elle est remplacée par la clé #%1</translation>
    </message>
    <message>
        <source>disabled; enable it first</source>
        <translation>désactivée&#xa0;; activez-la d’abord</translation>
    </message>
    <message>
        <source>expired; create a new key instead</source>
        <translation>expirée&#xa0;; créez plutôt une nouvelle clé</translation>
    </message>
    <message>
        <source>Rolled “%1”: key #%2 replaces key #%3.</source>
        <translation>Clé «&#xa0;%1&#xa0;» renouvelée&#xa0;: la clé #%2 remplace la clé #%3.</translation>
    </message>
    <message>
        <source>“%1” (#%2, %3)</source>
        <translation>«&#xa0;%1&#xa0;» (#%2, %3)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 de plus</translation>
    </message>
    <message>
        <source>Your keys expiring within %1 days: %2. Roll them (Keys → Roll Key…) or extend their expiry before they stop working.</source>
        <translation>Vos clés qui expirent dans les %1 jours&#xa0;: %2. Renouvelez-les (Clés → Renouveler la clé…) ou prolongez leur expiration avant qu’elles ne cessent de fonctionner.</translation>
    </message>
    <message>
        <source>Export Inventory</source>
        <translation>Exporter l’inventaire</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported %1 keys to %2.</source>
        <translation>%1 clés exportées vers %2.</translation>
    </message>
    <message>
        <source>Nothing was changed.
%1</source>
        <translation>Aucune modification n’a été effectuée.
%1</translation>
    </message>
    <message>
        <source>Revoked every key of %1. Revoked keys authenticate nothing.</source>
        <translation>Toutes les clés de %1 ont été révoquées. Les clés révoquées ne permettent plus aucune authentification.</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::ProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>&amp;Switch To</source>
        <translation>&amp;Basculer vers</translation>
    </message>
    <message>
        <source>Add &amp;Local Store…</source>
        <translation>Ajouter un stockage &amp;local…</translation>
    </message>
    <message>
        <source>A KeyDesk store file on this computer</source>
        <translation>Un fichier de stockage KeyDesk situé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Add &amp;PostgreSQL…</source>
        <translation>Ajouter &amp;PostgreSQL…</translation>
    </message>
    <message>
        <source>A KeyDesk database on PostgreSQL, for the operators who own it</source>
        <translation>Une base de données KeyDesk sur PostgreSQL, pour les opérateurs qui en sont responsables</translation>
    </message>
    <message>
        <source>Add Se&amp;rver…</source>
        <translation>Ajouter un se&amp;rveur…</translation>
    </message>
    <message>
        <source>A KeyDesk server: your team&apos;s shared key inventory</source>
        <translation>Un serveur KeyDesk&#xa0;: l’inventaire des clés partagé par votre équipe</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1 (in use)
%2</source>
        <translation>%1 (en cours d’utilisation)
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
        <translation>Ce profil est en cours d’utilisation&#xa0;: basculez d’abord vers un autre profil</translation>
    </message>
    <message>
        <source>Forget this profile and its key in the keychain; the store itself is kept</source>
        <translation>Oublier ce profil et sa clé dans le trousseau&#xa0;; le stockage lui-même est conservé</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added; its key is in the keychain.</source>
        <translation>Profil «&#xa0;%1&#xa0;» ajouté&#xa0;; sa clé est dans le trousseau.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added, but the keychain did not keep its key (%2): KeyDesk will ask for it when you switch to the profile.</source>
        <translation>Profil «&#xa0;%1&#xa0;» ajouté, mais le trousseau n’a pas conservé sa clé (%2)&#xa0;: KeyDesk vous la demandera lorsque vous basculerez vers ce profil.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its API key is deleted from the keychain. The store itself is kept; you need a key of that store to add it again.</source>
        <translation>Sa clé d’API est supprimée du trousseau. Le stockage lui-même est conservé&#xa0;; il vous faudra une clé de ce stockage pour l’ajouter de nouveau.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed; its keychain entry could not be deleted (%2).</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé&#xa0;; son entrée dans le trousseau n’a pas pu être effacée (%2).</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::RevealDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>Copier «&#xa0;%1&#xa0;» dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>(wiped)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <source>Copy your new API key</source>
        <translation>Copiez votre nouvelle clé d’API</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This is the only time the key is shown. KeyDesk does not store it and cannot show it again. Copy it now and keep it somewhere safe, such as a password manager. If you lose it, revoke this key and create a new one.</source>
        <translation>C’est la seule fois où la clé est affichée. KeyDesk ne la stocke pas et ne peut pas l’afficher à nouveau. Copiez-la maintenant et conservez-la en lieu sûr, par exemple dans un gestionnaire de mots de passe. Si vous la perdez, révoquez cette clé et créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clé d’&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>Access Key ID</source>
        <translation>ID de clé d’accès</translation>
    </message>
    <message>
        <source>Access &amp;Key ID:</source>
        <translation>ID de &amp;clé d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>Secret Key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>&amp;Secret Key:</source>
        <translation>Clé &amp;secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Copy as AWS Credentials &amp;Profile</source>
        <translation>Copier en tant que &amp;profil d’identifiants AWS</translation>
    </message>
    <message>
        <source>Copy a profile with the Access Key ID and Secret Key for the AWS CLI. Paste it into ~/.aws/config (not ~/.aws/credentials); it names the S3 endpoint in a comment.</source>
        <translation>Copie un profil contenant l’ID de clé d’accès et la clé secrète pour AWS CLI. Collez-le dans ~/.aws/config (et non dans ~/.aws/credentials)&#xa0;; il indique le point de terminaison S3 dans un commentaire.</translation>
    </message>
    <message>
        <source>Copy as AWS Credentials Profile for ~/.aws/config</source>
        <translation>Copier en tant que profil d’identifiants AWS pour ~/.aws/config</translation>
    </message>
    <message>
        <source>Copied the AWS CLI profile %1: paste it into ~/.aws/config.</source>
        <translation>Profil AWS CLI %1 copié&#xa0;: collez-le dans ~/.aws/config.</translation>
    </message>
    <message>
        <source>I have stored this key in a safe place</source>
        <translation>J’ai conservé cette clé en lieu sûr</translation>
    </message>
    <message>
        <source>The key cannot be shown again. Confirm that you have stored it before closing this window.</source>
        <translation>La clé ne pourra plus être affichée. Confirmez que vous l’avez conservée avant de fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Confirm that you have stored the key first</source>
        <translation>Confirmez d’abord que vous avez conservé la clé</translation>
    </message>
    <message>
        <source>KeyDesk clears the clipboard after %1 s, unless you have copied something else by then.</source>
        <translation>KeyDesk vide le presse-papiers au bout de %1 s, sauf si vous avez copié autre chose entre-temps.</translation>
    </message>
    <message>
        <source>KeyDesk clears the clipboard when it quits, unless you have copied something else by then.</source>
        <translation>KeyDesk vide le presse-papiers lorsqu’il se ferme, sauf si vous avez copié autre chose entre-temps.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::RevokeKeysDialog</name>
    <message>
        <source>Revoke API keys</source>
        <translation>Révoquer des clés d’API</translation>
    </message>
    <message>
        <source>Revoke the key “%1”?</source>
        <translation>Révoquer la clé «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Revoke %1 keys?</source>
        <translation>Révoquer %1 clés&#xa0;?</translation>
    </message>
    <message>
        <source>Revoking deletes a key for good: every client that uses it stops working at once. This cannot be undone, and a revoked key cannot be restored.</source>
        <translation>La révocation supprime définitivement une clé&#xa0;: tous les clients qui l’utilisent cessent immédiatement de fonctionner. Cette action est irréversible et une clé révoquée ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>This is a site-wide key with the full API of its site. To confirm, type its name, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Il s’agit d’une clé de site disposant de l’API complète de son site. Pour confirmer, saisissez son nom, &lt;b&gt;%1&lt;/b&gt;&#xa0;:</translation>
    </message>
    <message>
        <source>A site-wide key is among them. To confirm, type the number of keys, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Une clé de site en fait partie. Pour confirmer, saisissez le nombre de clés, &lt;b&gt;%1&lt;/b&gt;&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the key to revoke</source>
        <translation>Nom de la clé à révoquer</translation>
    </message>
    <message>
        <source>Number of keys to revoke</source>
        <translation>Nombre de clés à révoquer</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::RevokeUserKeysDialog</name>
    <message>
        <source>Revoke All Keys of a User</source>
        <translation>Révoquer toutes les clés d’un utilisateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Every API key of this user is revoked at once, in one step. Revoked keys authenticate nothing and cannot be restored. If any key may not be revoked by you, none is.</source>
        <translation>Toutes les clés d’API de cet utilisateur sont révoquées en une seule opération. Les clés révoquées ne permettent plus aucune authentification et ne peuvent pas être restaurées. Si vous n’êtes pas autorisé à révoquer l’une des clés, aucune n’est révoquée.</translation>
    </message>
    <message>
        <source>Revoke All</source>
        <translation>Tout révoquer</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::RollKeyDialog</name>
    <message>
        <source>Roll Key</source>
        <translation>Renouveler la clé</translation>
    </message>
    <message>
        <source>Roll “%1”: a new key with the same name, owner, permission set%2 and description is shown once. The old key stops working after the grace period.</source>
        <translation>Renouveler «&#xa0;%1&#xa0;»&#xa0;: une nouvelle clé avec les mêmes nom, propriétaire, jeu d’autorisations%2 et description est affichée une seule fois. L’ancienne clé cesse de fonctionner après le délai de grâce.</translation>
    </message>
    <message>
        <source>, S3 credentials</source>
        <translation>, identifiants S3</translation>
    </message>
    <message>
        <source>Old key keeps working for</source>
        <translation>L’ancienne clé fonctionne encore pendant</translation>
    </message>
    <message>
        <source>No grace: stop it now</source>
        <translation>Pas de délai de grâce&#xa0;: l’arrêter maintenant</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>Old key keeps &amp;working:</source>
        <translation>L’ancienne clé &amp;fonctionne encore&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Roll Key</source>
        <translation>&amp;Renouveler la clé</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Clear copied keys after, in seconds</source>
        <translation>Délai d’effacement des clés copiées, en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Clear copied keys after:</source>
        <translation>&amp;Effacer les clés copiées au bout de&#xa0;:</translation>
    </message>
    <message>
        <source>Keys are expiring soon within, in days</source>
        <translation>Délai d’expiration proche, en jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Expiring soon within:</source>
        <translation>Expiration &amp;proche dans moins de&#xa0;:</translation>
    </message>
    <message>
        <source>A key copied from KeyDesk is taken off the clipboard after this time, and when KeyDesk quits, unless you copied something else since.</source>
        <translation>Une clé copiée depuis KeyDesk est retirée du presse-papiers au bout de ce délai, ainsi qu’à la fermeture de KeyDesk, sauf si vous avez copié autre chose entre-temps.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>KeyDesk speaks the new language when it starts again.</source>
        <translation>KeyDesk utilisera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>S3 endpoint URL</source>
        <translation>URL du point de terminaison S3</translation>
    </message>
    <message>
        <source>e.g. https://s3.keys.example.com:9000</source>
        <translation>p. ex. https://s3.keys.example.com:9000</translation>
    </message>
    <message>
        <source>&amp;S3 endpoint:</source>
        <translation>Point de terminaison &amp;S3&#xa0;:</translation>
    </message>
    <message>
        <source>Where S3 clients reach your KeyDesk server (its S3-compatible listener; ask its administrator). The AWS CLI profile offered for a new S3 key names it; leave it empty if you do not know it.</source>
        <translation>L’adresse à laquelle les clients S3 joignent votre serveur KeyDesk (son interface d’écoute compatible S3&#xa0;; demandez-la à son administrateur). Le profil AWS CLI proposé pour une nouvelle clé S3 l’indique&#xa0;; laissez ce champ vide si vous ne la connaissez pas.</translation>
    </message>
    <message>
        <source>The S3 endpoint must be an http:// or https:// URL.</source>
        <translation>Le point de terminaison S3 doit être une URL http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::SignInDialog</name>
    <message>
        <source>Sign In to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Sign in to &quot;%1&quot;</source>
        <translation>Se connecter à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Stockage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the API key this profile signs in with.</source>
        <translation>Saisissez la clé d’API avec laquelle ce profil se connecte.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clé d’&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember this key in the keychain</source>
        <translation>&amp;Mémoriser cette clé dans le trousseau</translation>
    </message>
    <message>
        <source>Remember the key in the keychain</source>
        <translation>Mémoriser la clé dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 caractères sur %2</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::SitePage</name>
    <message>
        <source>Your Site</source>
        <translation>Votre site</translation>
    </message>
    <message>
        <source>A site holds users and their keys. Its administrator creates site-wide keys and manages everyone else&apos;s.</source>
        <translation>Un site regroupe des utilisateurs et leurs clés. Son administrateur crée les clés de site et gère celles de tous les autres.</translation>
    </message>
    <message>
        <source>&amp;Create Store</source>
        <translation>&amp;Créer le stockage</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>e.g. Acme Corporation</source>
        <translation>p. ex. Acme Corporation</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Sous-domaine</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>p. ex. acme</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and hyphens; it names the site in URLs and on the command line</source>
        <translation>Lettres minuscules, chiffres et traits d’union&#xa0;; il désigne le site dans les URL et en ligne de commande</translation>
    </message>
    <message>
        <source>Administrator username</source>
        <translation>Nom d’utilisateur de l’administrateur</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>&amp;Nom du site&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subdomain:</source>
        <translation>&amp;Sous-domaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrateur&#xa0;:</translation>
    </message>
    <message>
        <source>Create Store makes the store, the site, its administrator and the administrator&apos;s API key.</source>
        <translation>«&#xa0;Créer le stockage&#xa0;» crée le stockage, le site, son administrateur et la clé d’API de l’administrateur.</translation>
    </message>
    <message>
        <source>Fill in the site name, its subdomain and the administrator&apos;s username.</source>
        <translation>Indiquez le nom du site, son sous-domaine et le nom d’utilisateur de l’administrateur.</translation>
    </message>
    <message>
        <source>Initial admin key</source>
        <translation>Clé d’administration initiale</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::SitePolicyDialog</name>
    <message>
        <source>Key Policy of %1</source>
        <translation>Règles des clés de %1</translation>
    </message>
    <message>
        <source>Users may create their own API keys</source>
        <translation>Les utilisateurs peuvent créer leurs propres clés d’API</translation>
    </message>
    <message>
        <source>Limit key lifetime to</source>
        <translation>Limiter la durée de vie des clés à</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Every key must have an expiry date</source>
        <translation>Chaque clé doit avoir une date d’expiration</translation>
    </message>
    <message>
        <source>Keys that break the saved policy (fix or revoke them; nothing is changed automatically):</source>
        <translation>Clés qui enfreignent les règles enregistrées (corrigez-les ou révoquez-les&#xa0;; rien n’est modifié automatiquement)&#xa0;:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Show &amp;Key</source>
        <translation>Afficher la &amp;clé</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Saved. Every key follows the policy.</source>
        <translation>Enregistré. Toutes les clés respectent les règles.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n key(s) break the policy; fix or revoke them.</source>
        <translation>
            <numerusform>Enregistré. %n clé enfreint les règles&#xa0;; corrigez-la ou révoquez-la.</numerusform>
            <numerusform>Enregistré. %n clés enfreignent les règles&#xa0;; corrigez-les ou révoquez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>site-wide</source>
        <translation>tout le site</translation>
    </message>
</context>
<context>
    <name>keydesk::ui::StorePage</name>
    <message>
        <source>Welcome to KeyDesk</source>
        <translation>Bienvenue dans KeyDesk</translation>
    </message>
    <message>
        <source>Manage the API keys of your sites in one place.</source>
        <translation>Gérez les clés d’API de vos sites en un seul endroit.</translation>
    </message>
    <message>
        <source>KeyDesk keeps the API keys of your sites: site-wide keys, users&apos; own keys and S3-compatible credentials, with who may create, disable and revoke which key.

Keys live in a store. To begin, create a local store: a file on this computer. Next you name your site and its first administrator; KeyDesk then creates that administrator&apos;s API key and shows it to you once.

If your team already shares a store, connect to it instead with an API key you were given.</source>
        <translation>KeyDesk conserve les clés d’API de vos sites&#xa0;: clés de site, clés propres aux utilisateurs et identifiants compatibles S3, en précisant qui peut créer, désactiver et révoquer quelle clé.

Les clés résident dans un stockage. Pour commencer, créez un stockage local&#xa0;: un fichier sur cet ordinateur. Vous nommerez ensuite votre site et son premier administrateur&#xa0;; KeyDesk crée alors la clé d’API de cet administrateur et vous l’affiche une seule fois.

Si votre équipe partage déjà un stockage, connectez-vous plutôt à celui-ci avec une clé d’API qui vous a été fournie.</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Fichier de stockage</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the store file</source>
        <translation>Rechercher le fichier de stockage</translation>
    </message>
    <message>
        <source>New store &amp;file:</source>
        <translation>Nouveau &amp;fichier de stockage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Use This Existing Store…</source>
        <translation>&amp;Utiliser ce stockage existant…</translation>
    </message>
    <message>
        <source>Connect to the store in this file; KeyDesk then asks for one of its API keys</source>
        <translation>Se connecter au stockage contenu dans ce fichier&#xa0;; KeyDesk demande ensuite l’une de ses clés d’API</translation>
    </message>
    <message>
        <source>Connect to a &amp;Server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <source>Use the store of a KeyDesk server with one of its API keys</source>
        <translation>Utiliser le stockage d’un serveur KeyDesk avec l’une de ses clés d’API</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL…</source>
        <translation>Se &amp;connecter à PostgreSQL…</translation>
    </message>
    <message>
        <source>For the operators of a shared PostgreSQL store</source>
        <translation>Pour les opérateurs d’un stockage PostgreSQL partagé</translation>
    </message>
    <message>
        <source>Choose where the store file goes.</source>
        <translation>Choisissez l’emplacement du fichier de stockage.</translation>
    </message>
    <message>
        <source>Give the full path of the store file.</source>
        <translation>Indiquez le chemin complet du fichier de stockage.</translation>
    </message>
    <message>
        <source>A file already exists at this path, and KeyDesk never overwrites one. Choose another path, or use that file as your store.</source>
        <translation>Un fichier existe déjà à cet emplacement et KeyDesk n’écrase jamais un fichier existant. Choisissez un autre chemin, ou utilisez ce fichier comme stockage.</translation>
    </message>
    <message>
        <source>KeyDesk will create the store here, with its key-encryption key beside it (.kek, readable by you only).</source>
        <translation>KeyDesk créera le stockage ici, avec sa clé de chiffrement des clés à côté (.kek, lisible par vous uniquement).</translation>
    </message>
    <message>
        <source>Store File</source>
        <translation>Fichier de stockage</translation>
    </message>
    <message>
        <source>KeyDesk stores (*.sqlite);;All files (*)</source>
        <translation>Stockages KeyDesk (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>keydeskctl</name>
    <message>
        <source>%1 takes a date (2026-11-28), an ISO 8601 time with a zone, or a span ago such as 7d or 12h</source>
        <translation>%1 attend une date (2026-11-28), une heure ISO 8601 avec fuseau horaire, ou une durée écoulée comme 7d ou 12h</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 autres</translation>
    </message>
    <message>
        <source>The key id</source>
        <translation>L’ID de clé</translation>
    </message>
    <message>
        <source>%1 keys (%2)</source>
        <translation>%1 clés (%2)</translation>
    </message>
    <message>
        <source>every key of user %1</source>
        <translation>toutes les clés de l’utilisateur %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Revoke (delete for good) %1?</source>
        <translation>Révoquer (supprimer définitivement) %1&#xa0;?</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>Désactiver %1&#xa0;?</translation>
    </message>
    <message>
        <source>Revoked no API keys.</source>
        <translation>Aucune clé d’API révoquée.</translation>
    </message>
    <message>
        <source>Disabled no API keys.</source>
        <translation>Aucune clé d’API désactivée.</translation>
    </message>
    <message>
        <source>Revoked %1 API keys: %2.</source>
        <translation>%1 clés d’API révoquées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Disabled %1 API keys: %2.</source>
        <translation>%1 clés d’API désactivées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Already disabled: %1.</source>
        <translation>Déjà désactivées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--user U and --all go together: every key of user U</source>
        <translation>--user U et --all vont ensemble&#xa0;: toutes les clés de l’utilisateur U</translation>
    </message>
    <message>
        <source>give key ids, or --user U --all</source>
        <translation>indiquez des ID de clés, ou --user U --all</translation>
    </message>
    <message>
        <source>a bulk %1 asks for confirmation on a terminal; pass --yes when stdin is not one</source>
        <translation>une opération %1 groupée demande une confirmation dans un terminal&#xa0;; passez --yes quand stdin n’est pas un terminal</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Aucune modification effectuée.</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>saisie non valide</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation>non authentifié</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>store failure</source>
        <translation>échec du stockage</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>non pris en charge</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>KEYDESK_API_KEY is not set; export the API key to act as (keydeskctl init prints the first one)</source>
        <translation>KEYDESK_API_KEY n’est pas définie&#xa0;; exportez la clé d’API avec laquelle agir (keydeskctl init affiche la première)</translation>
    </message>
    <message>
        <source>KEYDESK_API_KEY: %1</source>
        <translation>KEYDESK_API_KEY&#xa0;: %1</translation>
    </message>
    <message>
        <source>keydeskctl: %1: %2</source>
        <translation>keydeskctl&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>keydeskctl: usage error: %1 (see keydeskctl --help)</source>
        <translation>keydeskctl&#xa0;: usage incorrect&#xa0;: %1 (voir keydeskctl --help)</translation>
    </message>
    <message>
        <source>act on this site (yours, or a child site of yours)</source>
        <translation>agir sur ce site (le vôtre, ou l’un de vos sites enfants)</translation>
    </message>
    <message>
        <source>with --all: every key of user U</source>
        <translation>avec --all&#xa0;: toutes les clés de l’utilisateur U</translation>
    </message>
    <message>
        <source>with --user: every key of that user</source>
        <translation>avec --user&#xa0;: toutes les clés de cet utilisateur</translation>
    </message>
    <message>
        <source>no confirmation prompt (needed when stdin is not a terminal)</source>
        <translation>pas de demande de confirmation (nécessaire quand stdin n’est pas un terminal)</translation>
    </message>
    <message>
        <source>name of the first site</source>
        <translation>nom du premier site</translation>
    </message>
    <message>
        <source>its subdomain</source>
        <translation>son sous-domaine</translation>
    </message>
    <message>
        <source>username of its first site admin</source>
        <translation>nom d’utilisateur de son premier administrateur</translation>
    </message>
    <message>
        <source>create the store, its first site and admin; print the admin&apos;s key once</source>
        <translation>créer le stockage, son premier site et son administrateur&#xa0;; afficher une seule fois la clé de l’administrateur</translation>
    </message>
    <message>
        <source>show a site and its settings</source>
        <translation>afficher un site et ses paramètres</translation>
    </message>
    <message>
        <source>users_can_create_api_keys true|false, max_key_lifetime_days N|none, require_key_expiry true|false</source>
        <translation>users_can_create_api_keys true|false, max_key_lifetime_days N|none, require_key_expiry true|false</translation>
    </message>
    <message>
        <source>list keys that break the site&apos;s key policy (to fix; nothing is changed)</source>
        <translation>lister les clés qui enfreignent les règles des clés du site (à corriger&#xa0;; rien n’est modifié)</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>nom du site</translation>
    </message>
    <message>
        <source>create a child site of your site (E3)</source>
        <translation>créer un site enfant de votre site (E3)</translation>
    </message>
    <message>
        <source>list your site&apos;s child sites</source>
        <translation>lister les sites enfants de votre site</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nom d’utilisateur</translation>
    </message>
    <message>
        <source>site_admin, helpdesk or user (default user)</source>
        <translation>site_admin, helpdesk ou user (user par défaut)</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>create a user</source>
        <translation>créer un utilisateur</translation>
    </message>
    <message>
        <source>disable a user: their keys stop working (R11)</source>
        <translation>désactiver un utilisateur&#xa0;: ses clés cessent de fonctionner (R11)</translation>
    </message>
    <message>
        <source>re-enable a user</source>
        <translation>réactiver un utilisateur</translation>
    </message>
    <message>
        <source>key name (required)</source>
        <translation>nom de la clé (obligatoire)</translation>
    </message>
    <message>
        <source>a site-wide key (site admins only)</source>
        <translation>une clé de site (administrateurs du site uniquement)</translation>
    </message>
    <message>
        <source>a user key for user U</source>
        <translation>une clé d’utilisateur pour l’utilisateur U</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, ISO 8601 date-time, +Nd or +Nh</source>
        <translation>YYYY-MM-DD, date et heure ISO 8601, +Nd ou +Nh</translation>
    </message>
    <message>
        <source>full (default), files_only, desktop_app, sync_app, office_integration, mobile_app, none</source>
        <translation>full (par défaut), files_only, desktop_app, sync_app, office_integration, mobile_app, none</translation>
    </message>
    <message>
        <source>also issue S3-compatible credentials (user keys only)</source>
        <translation>émettre aussi des identifiants compatibles S3 (clés d’utilisateur uniquement)</translation>
    </message>
    <message>
        <source>create a key; prints it (and S3 credentials) once</source>
        <translation>créer une clé&#xa0;; l’affiche (avec les identifiants S3) une seule fois</translation>
    </message>
    <message>
        <source>only U&apos;s keys</source>
        <translation>uniquement les clés de U</translation>
    </message>
    <message>
        <source>active, expiring, expired or disabled</source>
        <translation>active, expiring, expired ou disabled</translation>
    </message>
    <message>
        <source>site_wide, user or s3</source>
        <translation>site_wide, user ou s3</translation>
    </message>
    <message>
        <source>in name, description, prefix, owner</source>
        <translation>dans le nom, la description, le préfixe, le propriétaire</translation>
    </message>
    <message>
        <source>id, name, created_at, expires_at, last_use_at</source>
        <translation>id, name, created_at, expires_at, last_use_at</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>ordre décroissant</translation>
    </message>
    <message>
        <source>at most N keys</source>
        <translation>N clés au maximum</translation>
    </message>
    <message>
        <source>active keys expiring within SPAN (7d, 24h)</source>
        <translation>clés actives qui expirent d’ici SPAN (7d, 24h)</translation>
    </message>
    <message>
        <source>keys not used for SPAN (90d); never used: since creation</source>
        <translation>clés inutilisées depuis SPAN (90d)&#xa0;; jamais utilisées&#xa0;: depuis leur création</translation>
    </message>
    <message>
        <source>list keys (paged and filtered by the store)</source>
        <translation>lister les clés (paginées et filtrées par le stockage)</translation>
    </message>
    <message>
        <source>new name</source>
        <translation>nouveau nom</translation>
    </message>
    <message>
        <source>new description</source>
        <translation>nouvelle description</translation>
    </message>
    <message>
        <source>new expiry, or never</source>
        <translation>nouvelle expiration, ou never</translation>
    </message>
    <message>
        <source>new permission set</source>
        <translation>nouveau jeu d’autorisations</translation>
    </message>
    <message>
        <source>change a key&apos;s name, description, expiry or permission set</source>
        <translation>modifier le nom, la description, l’expiration ou le jeu d’autorisations d’une clé</translation>
    </message>
    <message>
        <source>disable keys (permission set none, R7); several at once in one transaction</source>
        <translation>désactiver des clés (jeu d’autorisations none, R7)&#xa0;; plusieurs à la fois en une seule transaction</translation>
    </message>
    <message>
        <source>default: the set it had before</source>
        <translation>par défaut&#xa0;: le jeu qu’elle avait auparavant</translation>
    </message>
    <message>
        <source>re-enable a key</source>
        <translation>réactiver une clé</translation>
    </message>
    <message>
        <source>delete keys for good (R8); several at once in one transaction</source>
        <translation>supprimer définitivement des clés (R8)&#xa0;; plusieurs à la fois en une seule transaction</translation>
    </message>
    <message>
        <source>now (default), 1h, 24h or 7d: how long the old key keeps working</source>
        <translation>now (par défaut), 1h, 24h ou 7d&#xa0;: durée pendant laquelle l’ancienne clé fonctionne encore</translation>
    </message>
    <message>
        <source>roll a key: prints its replacement (and S3 credentials) once; the old one expires</source>
        <translation>renouveler une clé&#xa0;: affiche une seule fois sa clé de remplacement (avec les identifiants S3)&#xa0;; l’ancienne expire</translation>
    </message>
    <message>
        <source>csv (the only format)</source>
        <translation>csv (le seul format)</translation>
    </message>
    <message>
        <source>write to FILE</source>
        <translation>écrire dans FILE</translation>
    </message>
    <message>
        <source>the site&apos;s key inventory (metadata only, never a secret)</source>
        <translation>l’inventaire des clés du site (métadonnées uniquement, jamais de secret)</translation>
    </message>
    <message>
        <source>read a key on stdin; exit 0 and print its principal if it authenticates on the site</source>
        <translation>lire une clé sur stdin&#xa0;; quitter avec le code 0 et afficher son identité si elle s’authentifie sur le site</translation>
    </message>
    <message>
        <source>events of one key</source>
        <translation>événements d’une clé</translation>
    </message>
    <message>
        <source>at most N events</source>
        <translation>N événements au maximum</translation>
    </message>
    <message>
        <source>events by user U</source>
        <translation>événements de l’utilisateur U</translation>
    </message>
    <message>
        <source>only action A, e.g. key.revoke</source>
        <translation>uniquement l’action A, p.&#xa0;ex. key.revoke</translation>
    </message>
    <message>
        <source>from DATE (2026-11-28, ISO time, or 7d ago)</source>
        <translation>à partir de DATE (2026-11-28, heure ISO, ou 7d dans le passé)</translation>
    </message>
    <message>
        <source>before DATE</source>
        <translation>avant DATE</translation>
    </message>
    <message>
        <source>read the audit log, newest first</source>
        <translation>lire le journal d’audit, les plus récents d’abord</translation>
    </message>
    <message>
        <source>--store needs a value</source>
        <translation>--store nécessite une valeur</translation>
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
        <translation>keydeskctl - gérer les clés d’API KeyDesk en ligne de commande

Options globales&#xa0;: --store URL (sqlite:PATH, postgresql://USER@HOST:PORT/DB ou un
  serveur KeyDesk https://HOST[:PORT], http:// en boucle locale seulement&#xa0;; par
  défaut $KEYDESK_STORE ou stockage local), --json (sortie JSON), --help, --version.
Toute commande sauf init et key verify agit avec la clé d’API de $KEYDESK_API_KEY.
init crée un stockage SQLite ou PostgreSQL (jamais via un serveur). Un serveur est
  joint avec $KEYDESK_CA_FILE (certificats d’AC de confiance supplémentaires, PEM),
  $KEYDESK_SERVER_DOMAIN (son --domain&#xa0;: sites par Host) et $KEYDESK_SERVER_TIMEOUT
  (secondes par requête, 15 par défaut).

Codes de sortie&#xa0;: 0 OK, 1 échec du stockage ou non pris en charge, 2 usage incorrect,
  3 non authentifié, 4 non autorisé, 5 introuvable, 6 saisie non valide, 7 conflit.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>commande inconnue</translation>
    </message>
    <message>
        <source>init needs --%1</source>
        <translation>init nécessite --%1</translation>
    </message>
    <message>
        <source>init creates a store on this machine; a KeyDesk server&apos;s store is initialised where it runs, with keydeskctl init --store &lt;its database URL&gt;</source>
        <translation>init crée un stockage sur cette machine&#xa0;; le stockage d’un serveur KeyDesk s’initialise là où il s’exécute, avec keydeskctl init --store &lt;URL de sa base de données&gt;</translation>
    </message>
    <message>
        <source>Initialised %1: site %2 (#%3) with site admin %4 (#%5).</source>
        <translation>Stockage %1 initialisé&#xa0;: site %2 (#%3) avec l’administrateur du site %4 (#%5).</translation>
    </message>
    <message>
        <source>API key of %1 (shown once; store it now, it cannot be recovered):</source>
        <translation>Clé d’API de %1 (affichée une seule fois&#xa0;; conservez-la maintenant, elle ne pourra pas être récupérée)&#xa0;:</translation>
    </message>
    <message>
        <source>Use it with: export KEYDESK_API_KEY=&lt;the key above&gt;</source>
        <translation>Utilisez-la avec&#xa0;: export KEYDESK_API_KEY=&lt;la clé ci-dessus&gt;</translation>
    </message>
    <message>
        <source>--expiring lists active keys; drop --status</source>
        <translation>--expiring liste les clés actives&#xa0;; retirez --status</translation>
    </message>
    <message>
        <source>--status takes active, expiring, expired or disabled</source>
        <translation>--status attend active, expiring, expired ou disabled</translation>
    </message>
    <message>
        <source>--kind takes site_wide, user or s3</source>
        <translation>--kind attend site_wide, user ou s3</translation>
    </message>
    <message>
        <source>--sort takes id, name, created_at, expires_at or last_use_at</source>
        <translation>--sort attend id, name, created_at, expires_at ou last_use_at</translation>
    </message>
    <message>
        <source>key create needs --name</source>
        <translation>key create nécessite --name</translation>
    </message>
    <message>
        <source>key create needs exactly one of --site-wide and --user U</source>
        <translation>key create nécessite exactement une option parmi --site-wide et --user U</translation>
    </message>
    <message>
        <source>key update needs at least one of --name, --description, --expires, --permission-set</source>
        <translation>key update nécessite au moins une option parmi --name, --description, --expires, --permission-set</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Clé créée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Key (shown once; store it now, it cannot be recovered):</source>
        <translation>Clé (affichée une seule fois&#xa0;; conservez-la maintenant, elle ne pourra pas être récupérée)&#xa0;:</translation>
    </message>
    <message>
        <source>Access Key ID:</source>
        <translation>ID de clé d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>Secret Key (shown once):</source>
        <translation>Clé secrète (affichée une seule fois)&#xa0;:</translation>
    </message>
    <message>
        <source>The store has no primary site</source>
        <translation>Le stockage n’a pas de site principal</translation>
    </message>
    <message>
        <source>Site %1 not found</source>
        <translation>Site %1 introuvable</translation>
    </message>
    <message>
        <source>Revoked API key #%1; it no longer authenticates.</source>
        <translation>Clé d’API #%1 révoquée&#xa0;; elle ne permet plus aucune authentification.</translation>
    </message>
    <message>
        <source>key verify reads the key on stdin, and stdin was empty</source>
        <translation>key verify lit la clé sur stdin, et stdin était vide</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2)</source>
        <translation>Impossible d’écrire %1 (%2)</translation>
    </message>
    <message>
        <source>key rotate: --grace takes now, 1h, 24h or 7d</source>
        <translation>key rotate&#xa0;: --grace attend now, 1h, 24h ou 7d</translation>
    </message>
    <message>
        <source>Rolled key #%1 (grace %2).</source>
        <translation>Clé #%1 renouvelée (délai de grâce %2).</translation>
    </message>
    <message>
        <source>report keys needs --format csv</source>
        <translation>report keys nécessite --format csv</translation>
    </message>
    <message>
        <source>%1 keys written to %2</source>
        <translation>%1 clés écrites dans %2</translation>
    </message>
    <message>
        <source>Every key of %1 follows the site&apos;s key policy.</source>
        <translation>Toutes les clés de %1 respectent les règles des clés du site.</translation>
    </message>
    <message>
        <source>Unknown setting; use users_can_create_api_keys, max_key_lifetime_days or require_key_expiry</source>
        <translation>Paramètre inconnu&#xa0;; utilisez users_can_create_api_keys, max_key_lifetime_days ou require_key_expiry</translation>
    </message>
    <message>
        <source>child-site create needs --name and --subdomain</source>
        <translation>child-site create nécessite --name et --subdomain</translation>
    </message>
    <message>
        <source>id:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>label:</source>
        <translation>libellé&#xa0;:</translation>
    </message>
    <message>
        <source>name:</source>
        <translation>nom&#xa0;:</translation>
    </message>
    <message>
        <source>kind:</source>
        <translation>type&#xa0;:</translation>
    </message>
    <message>
        <source>owner:</source>
        <translation>propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>(site-wide)</source>
        <translation>(tout le site)</translation>
    </message>
    <message>
        <source>site:</source>
        <translation>site&#xa0;:</translation>
    </message>
    <message>
        <source>permission_set:</source>
        <translation>jeu d’autorisations&#xa0;:</translation>
    </message>
    <message>
        <source>previous set:</source>
        <translation>jeu précédent&#xa0;:</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>état&#xa0;:</translation>
    </message>
    <message>
        <source>prefix:</source>
        <translation>préfixe&#xa0;:</translation>
    </message>
    <message>
        <source>created:</source>
        <translation>création&#xa0;:</translation>
    </message>
    <message>
        <source>expires:</source>
        <translation>expiration&#xa0;:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>last used:</source>
        <translation>dernière utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>access key id:</source>
        <translation>ID de clé d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>replaced by:</source>
        <translation>remplacée par&#xa0;:</translation>
    </message>
    <message>
        <source>key #%1 (rolled)</source>
        <translation>clé #%1 (par renouvellement)</translation>
    </message>
    <message>
        <source>description:</source>
        <translation>description&#xa0;:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>PROPRIÉTAIRE</translation>
    </message>
    <message>
        <source>PERMISSION</source>
        <translation>AUTORISATIONS</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÉFIXE</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRATION</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>DERNIÈRE UTILISATION</translation>
    </message>
    <message>
        <source>subdomain:</source>
        <translation>sous-domaine&#xa0;:</translation>
    </message>
    <message>
        <source>parent site:</source>
        <translation>site parent&#xa0;:</translation>
    </message>
    <message>
        <source>SUBDOMAIN</source>
        <translation>SOUS-DOMAINE</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>NOM D’UTILISATEUR</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>user #%1</source>
        <translation>utilisateur #%1</translation>
    </message>
    <message>
        <source>key #%1</source>
        <translation>clé #%1</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AUTEUR</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DÉTAILS</translation>
    </message>
    <message>
        <source>the site-wide key</source>
        <translation>la clé de site</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>l’utilisateur %1</translation>
    </message>
    <message>
        <source>OK: key #%1 authenticates on site %2 as %3 (role %4, permission set %5)</source>
        <translation>OK&#xa0;: la clé #%1 s’authentifie sur le site %2 comme %3 (rôle %4, jeu d’autorisations %5)</translation>
    </message>
    <message>
        <source>user create needs --username</source>
        <translation>user create nécessite --username</translation>
    </message>
    <message>
        <source>--role takes site_admin, helpdesk or user</source>
        <translation>--role attend site_admin, helpdesk ou user</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option %1 inconnue</translation>
    </message>
    <message>
        <source>--%1 given twice</source>
        <translation>option --%1 indiquée deux fois</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 n’attend pas de valeur</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 nécessite une valeur</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>argument manquant</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>argument inattendu</translation>
    </message>
    <message>
        <source>--expires takes YYYY-MM-DD, an ISO 8601 date-time, +Nd or +Nh, or never</source>
        <translation>--expires attend YYYY-MM-DD, une date et heure ISO 8601, +Nd ou +Nh, ou never</translation>
    </message>
    <message>
        <source>--expires takes YYYY-MM-DD, an ISO 8601 date-time, +Nd or +Nh</source>
        <translation>--expires attend YYYY-MM-DD, une date et heure ISO 8601, +Nd ou +Nh</translation>
    </message>
    <message>
        <source>%1 takes true or false</source>
        <translation>%1 attend true ou false</translation>
    </message>
    <message>
        <source>%1 must be a positive whole number</source>
        <translation>%1 doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to %2</source>
        <translation>%1 doit être un nombre entier de 1 à %2</translation>
    </message>
    <message>
        <source>Unknown permission set; use one of: %1</source>
        <translation>Jeu d’autorisations inconnu&#xa0;; utilisez l’une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 takes a span like 7d or 24h</source>
        <translation>%1 attend une durée comme 7d ou 24h</translation>
    </message>
    <message>
        <source>Initial admin key</source>
        <translation>Clé d’administration initiale</translation>
    </message>
</context>
</TS>
