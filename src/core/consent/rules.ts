/**
 * Markup rules as data: containers of consent platforms and site walls, placeholder containers
 * of consent-blocked embeds, and scroll-lock classes. Sources are named per row in
 * design/consent-catalog.md §3 (autoconsent rules, IDCAC common.css, EasyList Cookie, AdGuard 18).
 */
import type { RemovedKind } from '../types.js';

export interface CmpRule {
  /** Platform or site family, reported as the finding's `source`. */
  cmp: string;
  kind: Extract<RemovedKind, 'consent-banner' | 'consent-wall'>;
  selectors: string[];
}

export const CMP_RULES: CmpRule[] = [
  { cmp: 'onetrust', kind: 'consent-banner', selectors: ['#onetrust-consent-sdk', '#onetrust-banner-sdk', '#onetrust-pc-sdk', '.onetrust-pc-dark-filter', '#optanon', '.optanon-alert-box-wrapper'] },
  { cmp: 'didomi', kind: 'consent-banner', selectors: ['#didomi-host', '#didomi-popup', '#didomi-notice', '.didomi-popup-backdrop'] },
  { cmp: 'sourcepoint', kind: 'consent-banner', selectors: ['div[id^="sp_message_container_"]', '#sp_privacy_manager_container', 'iframe[id^="sp_message_iframe_"]', '.sp_veil'] },
  { cmp: 'quantcast', kind: 'consent-banner', selectors: ['#qc-cmp2-container', '#qc-cmp2-main', '#qc-cmp2-ui', '.qc-cmp2-container', '.qc-cmp-ui-container'] },
  { cmp: 'cookiebot', kind: 'consent-banner', selectors: ['#CybotCookiebotDialog', '#CybotCookiebotDialogBodyUnderlay'] },
  { cmp: 'usercentrics', kind: 'consent-banner', selectors: ['#usercentrics-root', '#usercentrics-cmp-ui', '#uc-banner-modal'] },
  { cmp: 'trustarc', kind: 'consent-banner', selectors: ['#truste-consent-track', '.truste_overlay', '.truste_box_overlay', '.truste_popframe', '#consent_blackbar', '#truste-consent-content'] },
  { cmp: 'axeptio', kind: 'consent-banner', selectors: ['.axeptio_mount', '.axeptio_widget', '#axeptio_overlay'] },
  { cmp: 'funding-choices', kind: 'consent-banner', selectors: ['.fc-consent-root', '.fc-dialog-overlay'] },
  { cmp: 'consentmanager', kind: 'consent-banner', selectors: ['#cmpbox', '#cmpbox2', '#cmpwrapper', '.cmpboxBG'] },
  { cmp: 'iubenda', kind: 'consent-banner', selectors: ['#iubenda-cs-banner', '.iubenda-cs-overlay'] },
  { cmp: 'appconsent', kind: 'consent-banner', selectors: ['#appconsent', '.fig-consent-banner', 'iframe[title="Consent window"]'] },
  { cmp: 'dpg-media', kind: 'consent-banner', selectors: ['#pg-root-shadow-host', '#pg-shadow-root-host'] },
  { cmp: 'npo', kind: 'consent-banner', selectors: ['ccm-notification', '#ccm_notification_host'] },
  { cmp: 'tarteaucitron', kind: 'consent-banner', selectors: ['#tarteaucitronRoot'] },
  { cmp: 'cookielaw', kind: 'consent-banner', selectors: ['#cookie-law-info-bar', '.cli-modal-backdrop'] },
  { cmp: 'complianz', kind: 'consent-banner', selectors: ['#cmplz-cookiebanner-container', '.cmplz-cookiebanner'] },
  { cmp: 'borlabs', kind: 'consent-banner', selectors: ['#BorlabsCookieBox', '[data-borlabs-cookie-wrap]'] },
  { cmp: 'bbc', kind: 'consent-banner', selectors: ['[aria-labelledby="consent-banner-title"]', '[data-testid="consentBanner"]'] },
  { cmp: 'guardian', kind: 'consent-banner', selectors: ['.site-message--cookies'] },
  { cmp: 'zeit', kind: 'consent-wall', selectors: ['#data-protection-overlay', '#gdpr_info_layer'] },
  { cmp: 'lemonde', kind: 'consent-wall', selectors: ['.gdpr-lmd-wall'] },
  { cmp: 'lemonde', kind: 'consent-banner', selectors: ['.gdpr-lmd-standard'] },
  { cmp: 'elpais', kind: 'consent-wall', selectors: ['#pmConsentWall'] },
  { cmp: 'rcs', kind: 'consent-wall', selectors: ['.privacy-cp-wall'] },
  { cmp: 'contentpass', kind: 'consent-wall', selectors: ['#contentpass-wall', '.contentpass-wall'] },
  // The most common platforms of autoconsent's coverage data (rules/rules.json prehide and detect selectors).
  { cmp: 'osano', kind: 'consent-banner', selectors: ['.osano-cm-window', '.osano-cm-dialog'] },
  { cmp: 'klaro', kind: 'consent-banner', selectors: ['#klaro', '.klaro .cookie-notice', '.klaro .cookie-modal'] },
  { cmp: 'cookieyes', kind: 'consent-banner', selectors: ['.cky-consent-container', '.cky-overlay', '.cky-modal'] },
  { cmp: 'civic-cookie-control', kind: 'consent-banner', selectors: ['#ccc', '#ccc-module', '#ccc-notify', '#ccc-overlay'] },
  { cmp: 'cookie-script', kind: 'consent-banner', selectors: ['#cookiescript_injected', '#cookiescript_injected_wrapper'] },
  { cmp: 'cookiefirst', kind: 'consent-banner', selectors: ['#cookiefirst-root', '.cookiefirst-root'] },
  { cmp: 'cookieconsent', kind: 'consent-banner', selectors: ['#cc-main', '#cc--main', '.cc-window'] },
  { cmp: 'termly', kind: 'consent-banner', selectors: ['#termly-code-snippet-support'] },
  { cmp: 'ketch', kind: 'consent-banner', selectors: ['#lanyard_root', '#ketch-banner', '#ketch-modal'] },
  { cmp: 'tealium', kind: 'consent-banner', selectors: ['#__tealiumGDPRecModal', '#__tealiumGDPRcpPrefs', '#__tealiumImplicitmodal'] },
  { cmp: 'transcend', kind: 'consent-banner', selectors: ['#transcend-consent-manager'] },
  { cmp: 'moove', kind: 'consent-banner', selectors: ['#moove_gdpr_cookie_info_bar', '#moove_gdpr_cookie_modal'] },
  { cmp: 'eu-cookie-compliance', kind: 'consent-banner', selectors: ['#sliding-popup', '.eu-cookie-compliance-banner'] },
  { cmp: 'real-cookie-banner', kind: 'consent-banner', selectors: ['div[consent-skip-blocker]'] },
  { cmp: 'sirdata', kind: 'consent-banner', selectors: ['#sd-cmp'] },
  { cmp: 'ezoic', kind: 'consent-banner', selectors: ['#ez-cookie-dialog-wrapper'] },
  { cmp: 'cookie-notice', kind: 'consent-banner', selectors: ['#cookie-notice', '#gdpr-cookie-consent-bar'] },
  { cmp: 'borlabs', kind: 'consent-banner', selectors: ['.brlbs-cmpnt-dialog'] },
  { cmp: 'wp-dsgvo', kind: 'consent-banner', selectors: ['.sp-dsgvo-popup-overlay'] },
  { cmp: 'avada', kind: 'consent-banner', selectors: ['.fusion-privacy-bar'] },
  { cmp: 'fides', kind: 'consent-banner', selectors: ['#fides-overlay', '#fides-overlay-wrapper'] },
  { cmp: 'datagrail', kind: 'consent-banner', selectors: ['.dg-consent-banner'] },
]; // prettier-ignore

/**
 * Backdrops of consent dialogs: empty, full-screen, dimming the page. Reported even without text
 * (other containers must show something).
 */
export const BACKDROPS =
  '#cmpbox2, .cmpboxBG, #CybotCookiebotDialogBodyUnderlay, .cky-overlay, .didomi-popup-backdrop, .onetrust-pc-dark-filter, .fc-dialog-overlay, .truste_overlay, .iubenda-cs-overlay, .cli-modal-backdrop, #ccc-overlay, .sp_veil';

/** Elements inside a consent dialog that make it pay-or-accept (a wall, not a banner). */
export const PAY_MARKERS =
  '.sp_choice_type_9, [data-gdpr-action="subscribe"], a[href*="abonnement"], a[href*="subscribe"], a[href*="/abo"]';

/**
 * Containers named for consent that are not a known platform: flagged only when their text reads
 * like a banner (a footer "Cookie policy" link or a comment-form checkbox is named so too).
 */
export const NAMED_CONSENT_SELECTOR = [
  '[id*="cookie" i]', '[class*="cookie" i]', '[id*="consent" i]', '[class*="consent" i]',
  '[id*="gdpr" i]', '[class*="gdpr" i]', '[id*="eupopup" i]', '[class*="eupopup" i]', '[id*="rgpd" i]', '[class*="rgpd" i]',
  '[aria-label*="cookie" i]', '[aria-label*="consent" i]',
].join(', '); // prettier-ignore

/** Placeholder containers of consent-blocked embeds, by markup (design/consent-catalog.md §3.1, §5). */
export interface PlaceholderRule {
  family: string;
  selector: string;
}

export const PLACEHOLDER_RULES: PlaceholderRule[] = [
  { family: 'guardian', selector: '[data-component^="click-to-view"]' },
  { family: 'heise', selector: 'a-opt-in' },
  { family: 'bbc', selector: '[data-testid="placeholder-embed-container"]' },
  { family: 'overlay', selector: '.embed-consent-overlay' },
  { family: 'embed-privacy', selector: '.embed-privacy-container, .embed-privacy-overlay' },
  { family: 'cookiebot', selector: '[class*="cookieconsent-optout-"]' },
  { family: 'futurezone', selector: '[data-iframe] .noConsent-content' },
  { family: 'br', selector: '[class*="PrivacyEmbedConsent"]' },
  { family: 'borlabs', selector: '._brlbs-content-blocker, [data-borlabs-cookie-content]' },
  { family: 'complianz', selector: '.cmplz-blocked-content-container, .cmplz-blocked-content-notice' },
  { family: 'usercentrics', selector: '.uc-embedding-container' },
  { family: 'klaro', selector: '.cm-as-context-notice' },
  { family: 'tarteaucitron', selector: '.tac_activate' },
  { family: 'cookieyes', selector: '[data-cky-tag="video-placeholder"], .wt-cli-iframe-placeholder' },
  { family: 'avada', selector: '.fusion-privacy-placeholder' },
  { family: 'wp-dsgvo', selector: '.sp-dsgvo-blocked-embedding-placeholder' },
  { family: 'iubenda', selector: '._iub_cs_activate-overlay' },
  { family: 'borlabs', selector: '.brlbs-cmpnt-content-blocker' },
  // orestbida's iframemanager (cookieconsent v3's companion): the notice it builds in div[data-service].
  { family: 'iframemanager', selector: '[data-service] > .c-nt' },
  { family: 'volto-gdpr', selector: '.volto-gdpr-embed-disabled' },
  { family: 'generic', selector: '[data-consent-placeholder], .consent-placeholder, .gdpr-embed-placeholder, [class*="embed-consent"], [class*="consent-embed"]' },
]; // prettier-ignore

/**
 * Classes that freeze scrolling while a consent UI is open (IDCAC common.css, uBO, catalog §3.2).
 * Removing them is safe once the consent UI is hidden.
 */
export const LOCK_CLASSES: string[] = [
  'sp-message-open', 'didomi-popup-open', 'qc-cmp-ui-showing', 'qc-cmp2-ui-showing', 'cookiewall-active',
  'cookieoverlay-is-open', 'cookie_banner_prevent_scroll', 'cli-barmodal-open', 'with-cookie-popup', 'freezePage',
  'data-privacy-layer-visible', 'disable--interaction', 'show--consent', 'overflowHidden', 'appconsent_noscroll',
  'tac-modal-open', 'noScroll', 'popin-gdpr-no-scroll', 'fc-consent-open', 'iubenda-cs-visible', 'onetrust-no-scroll',
  'cmpbox-open', 'modal-cacsp-open', 'cookie-consent-open', 'consent-open', 'gdpr-open', 'no-scroll-cmp',
]; // prettier-ignore

/** Class names that look like a scroll lock whatever their origin (checked on html and body only). */
export const LOCK_CLASS_PATTERN =
  /(^|[-_])(no-?scroll|scroll-?lock(ed)?|noscroll|overflow-?hidden|stop-?scroll(ing)?|prevent-?scroll)($|[-_])/i;

/** Lock classes that belong to consent UIs by name (also matched in unknown variants). */
export const CONSENT_CLASS_PATTERN =
  /cookie|consent|gdpr|rgpd|cmp|didomi|onetrust|sp-message|qc-cmp|truste|usercentrics|privacy/i;
