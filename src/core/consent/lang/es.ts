/** Spanish phrase rules (folded with matchForm before matching; see ../phrases.ts). */
import type { Table } from './types.js';

export const es: Table = {
  placeholder: [
    /este contenido está bloqueado (porque|ya que|hasta)( no (ha|has|haya|hayas) aceptado (las )?cookies)?/,
    /^(este )?contenido (está )?bloqueado[.!]?$/,
    /para ver este contenido,? (debes?|tienes que|tiene que|es necesario) aceptar/,
    /acepta\w* (las )?cookies .{0,40}para (ver|mostrar|visualizar) (este|el|la)/,
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
