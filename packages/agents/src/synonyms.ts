/**
 * Words customers use for what the help centre calls something else, per language. Each group is
 * rewritten to one word before stemming, in articles and questions alike, so "close my account"
 * meets "delete your account" and "turn on" meets "enable" while "turn off" stays apart from it.
 */

/** [customer phrasing (a regex source, matched on lower-case text at word edges), the help centre's word]. */
type SynonymGroup = readonly [pattern: string, canonical: string];

const GROUPS: Readonly<Record<string, readonly SynonymGroup[]>> = {
  en: [
    [
      'two[- ]?factor(?: authentication)?|two[- ]?step(?: login| verification)?|2[- ]?step|2fa|mfa|multi[- ]?factor',
      '2fa',
    ],
    [
      'turn(?:s|ed|ing)? (?:it )?on|switch(?:es|ed|ing)? on|activat\\w*|enabl\\w*|set(?:ting)?[- ]?up',
      'enable',
    ],
    ['turn(?:s|ed|ing)? (?:it )?off|switch(?:es|ed|ing)? off|deactivat\\w*|disabl\\w*', 'disable'],
    ['money back|reimburs\\w*|refund\\w*', 'refund'],
    ['receipts?|invoices?|bills?', 'invoice'],
    ['log(?:ged|ging)?[- ]?(?:in|on)|login|sign(?:ed|ing)?[- ]?in|signin', 'signin'],
    [
      'close(?= (?:my |our |the |your )?(?:account|workspace))|erase|remove(?= (?:my |our |the |your )?(?:account|workspace))',
      'delete',
    ],
    ['stop paying|end (?:my |our |the )?(?:plan|subscription)|unsubscribe', 'cancel subscription'],
    ['back[- ]?up codes?|recovery codes?', 'recovery code'],
    ['e-?mails?|mails?', 'email'],
    ['pass[- ]?words?|pw', 'password'],
    ['phones?|mobiles?|cell(?:phone)?s?|iphones?|androids?', 'phone'],
    ['co-?workers?|colleagues?|teammates?', 'member'],
    ['tokens?', 'key'],
    ['twice|two times|double(?:d)?|duplicate(?:d)?', 'duplicate'],
    ['undo|revert|reverse|resume|reactivate|take back', 'resume'],
    ['how many days|how much time|how quickly|how fast', 'how long'],
  ],
  de: [
    ['zwei[- ]?faktor(?:[- ]?authentifizierung)?|2[- ]?faktor|2fa|mfa|zweistufige? \\w+', '2fa'],
    ['einschalten|anschalten|aktivier\\w*|einricht\\w*', 'aktivieren'],
    ['ausschalten|abschalten|deaktivier\\w*', 'deaktivieren'],
    ['abos?|abonnements?', 'abonnement'],
    ['geld zurück|rückerstattung\\w*|erstattung\\w*|zurückerstatt\\w*', 'erstattung'],
    ['abgebucht|abbuchung\\w*|belastet|berechnet', 'abbuchung'],
    ['runterlad\\w*|herunterlad\\w*|download\\w*', 'herunterladen'],
    ['handys?|smartphones?|telefon\\w*|mobiltelefon\\w*', 'handy'],
    ['benutzerkont\\w*|accounts?|kontos?|konten', 'konto'],
    ['e-?mails?|mails?', 'email'],
    ['rechnung\\w*|quittung\\w*|belege?', 'rechnung'],
    ['ust[- ]?id(?:nr)?|umsatzsteuer\\w*|mwst', 'ustidnr'],
    ['zweimal|doppelt\\w*', 'doppelt'],
    ['rückgängig machen|rückgängig|zurücknehmen|widerrufen|fortsetzen', 'zurücknehmen'],
    ['wie lange|wie viele tage|dauer\\w*', 'dauer'],
  ],
  fr: [
    ['double authentification|authentification (?:à|a) deux facteurs|deux facteurs|2fa|mfa|a2f', '2fa'],
    ['activ\\w*|allum\\w*|mettre en place|configurer', 'activer'],
    ['désactiv\\w*|desactiv\\w*|enlever|couper', 'désactiver'],
    ['résili\\w*|resili\\w*|se désabonner|désabonn\\w*', 'résilier'],
    ['rembours\\w*|récupérer mon argent', 'remboursement'],
    ['débit\\w*|prélev\\w*|prélèvement\\w*|factur(?:é|e) deux fois', 'prélèvement'],
    ['téléphones?|portables?|mobiles?|smartphones?', 'téléphone'],
    ['e-?mails?|mails?|courriels?', 'email'],
    ['factures?|reçus?', 'facture'],
    ['mdp|mot de passe|mots de passe', 'motdepasse'],
    ['deux fois|doubles?|en double', 'double'],
    ["changé d'avis|reprendre|annuler ma résiliation|annuler la résiliation", 'reprendre'],
    ['combien de temps|combien de jours|délais?', 'délai'],
  ],
  es: [
    ['verificación en dos pasos|autenticación en dos pasos|dos pasos|doble factor|2fa|mfa', '2fa'],
    ['activ\\w*|encend\\w*|habilit\\w*|configurar', 'activar'],
    ['desactiv\\w*|apag\\w*|deshabilit\\w*', 'desactivar'],
    ['dar(?:me|nos)? de baja|cancel\\w*|anular', 'cancelar'],
    ['devolver el dinero|devolución|devoluciones|reembols\\w*', 'reembolso'],
    ['cobr\\w*', 'cobro'],
    ['móvil\\w*|movil\\w*|celular\\w*|teléfonos?|telefonos?', 'móvil'],
    ['borr\\w*|elimin\\w*', 'eliminar'],
    ['e-?mails?|mails?|correos?(?: electrónicos?)?', 'correo'],
    ['facturas?|recibos?', 'factura'],
    ['contraseñas?|contrasenas?|claves? de acceso', 'contraseña'],
    ['dos veces|dobles?|duplicad\\w*', 'doble'],
    ['deshacer|revertir|reanudar', 'reanudar'],
    ['cuánto tarda|cuanto tarda|cuántos días|cuantos dias|plazos?', 'tarda'],
  ],
};

function rules(lang: string): readonly { pattern: RegExp; canonical: string }[] {
  const groups = GROUPS[lang] ?? [];
  return groups.map(([pattern, canonical]) => ({
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'gu'),
    canonical,
  }));
}

const rulesByLanguage = new Map(Object.keys(GROUPS).map((lang) => [lang, rules(lang)]));

/** Lower-cased text with each customer phrasing replaced by the help centre's word. */
export function applySynonyms(text: string, lang: string): string {
  let result = text.toLowerCase().replace(/’/g, "'");
  for (const { pattern, canonical } of rulesByLanguage.get(lang) ?? []) {
    result = result.replace(pattern, canonical);
  }
  return result;
}
