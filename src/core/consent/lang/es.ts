/** Spanish phrase rules (folded with matchForm before matching; see ../phrases.ts). */
import type { Table } from './types.js';

export const es: Table = {
  placeholder: [
    // The phrase family of blocked-embed notices (see en.ts).
    /este contenido (está|ha sido) (bloqueado|desactivado|deshabilitado) (porque|ya que|hasta que|mientras) (no )?(has|ha|hayas|haya|aceptes|acepte|actives|active) [^.]{0,80}/,
    /^(este )?contenido( [^ ]+)? (está )?(bloqueado|desactivado|deshabilitado)[.!]?$/,
    /no (has|ha|han|hayas|haya) (aceptado|autorizado|activado) (las |los )?([^ ]+ ){0,3}cookies/,
    /para (ver|mostrar|visualizar|reproducir|cargar|escuchar) (este|esta|el|la|los|las) ?[^,.]{1,40}?,? (debes?|tienes que|tiene que|es necesario|necesitas|hay que|por favor,?) (aceptar|activar|habilitar|permitir|acepta|activa) (las |los )?([^ ]+ ){0,3}cookies[^.]{0,40}/,
    /(acepta|activa|habilita|permite|acepte|active)( las| los)? ([^ ]+ ){0,3}cookies( [^ ]+){0,3} para (ver|mostrar|visualizar|reproducir|cargar|acceder a|escuchar) (este|esta|el|la|los|las)/,
    // Rechazo e indisponibilidad, dirigidos al lector.
    /no (está disponible|se puede (mostrar|ver|cargar|reproducir)),? (porque|ya que|hasta que) (no )?(has|hayas|aceptes|usted|tú) [^.]{0,80}/,
    /(contenido no disponible[:.,]? )?\b(has|habéis|usted ha) (rechazado|denegado|revocado) ([^ ]+ ){0,4}(cookies|consentimiento)[^.]{0,60}/,
    /no (has|habéis) dado (tu|vuestro) consentimiento/,
  ],
  banner: [
    /(utilizamos|usamos) cookies/,
    'almacenar la información en un dispositivo y/o acceder a ella',
    'este sitio web utiliza cookies',
    'accede gratis con cookies publicitarias',
  ],
  explanation: [
    'nosotros y nuestros socios',
    'no ha aceptado las cookies',
    'no has aceptado las cookies',
    'aceptar y continuar',
    'configurar cookies',
    'retirar tu consentimiento',
    'retirar su consentimiento',
    /(puedes|puede) (cambiar|modificar|gestionar) (tus|sus) (preferencias|opciones|ajustes)( en cualquier momento)?/,
    /^(activar|aceptar|habilitar|activa|acepta) (las )?cookies[^.]{0,25}\.?$/,
  ],
  label: [
    'aceptar todo',
    'aceptar todas',
    'aceptar y continuar',
    'rechazar todo',
    'rechazar todas',
    'aceptar cookies',
    'configurar cookies',
  ],
  weakLabel: ['aceptar', 'acepto', 'rechazar', 'configurar', 'más información', 'ok'],
  related: ['lee también', 'leer también', 'te puede interesar', 'más información', 'lea también'],
  newsletter: [
    /suscr[ií]bete (a|al) (nuestra |nuestro |la |el )?(newsletter|boletín)/,
    'tu correo electrónico',
  ],
  pay: ['suscríbete', 'suscribirse', 'suscripción', 'sin publicidad', 'pagar'],
};
