/** French constructions: « » with inverted verbs, incises, colon intros, selon, pronouns, organisations. */
import { describe, expect, it } from 'vitest';
import { actor, run, said } from './test-helpers.js';

describe('French quotes and speakers', () => {
  it('reads an inverted verb after the quote, with adverbials before the name', () => {
    const a = run('fr', [
      '« Nous irons jusqu’au bout », a déclaré mardi devant les députés Claire Moulin, ministre du travail.',
    ]);
    expect(said(a)).toEqual([['Nous irons jusqu’au bout', 'Claire Moulin']]);
    expect(actor(a, 'Claire Moulin')?.role).toBe('ministre du travail');
  });

  it('reads « …, a-t-il dit » and « … », estime-t-elle as pronouns resolved to the subject', () => {
    const a = run('fr', [
      'Le maire de Rennes, Bruno Lefèvre, a présenté son budget lundi. « Nous ne toucherons pas aux impôts », a-t-il assuré.',
      'Son adjointe aux finances, Inès Caradec, est plus prudente. « Tout dépendra des dotations de l’Etat », estime-t-elle.',
    ]);
    expect(said(a)).toEqual([
      ['Nous ne toucherons pas aux impôts', 'Bruno Lefèvre'],
      ['Tout dépendra des dotations de l’Etat', 'Inès Caradec'],
    ]);
    expect(actor(a, 'Bruno Lefèvre')?.role).toBe('maire de Rennes');
  });

  it('keeps a quote interrupted by its attribution as two quotes of one speaker', () => {
    const a = run('fr', [
      '« La situation est grave », reconnaît Paul Girard, « mais elle n’est pas désespérée. »',
    ]);
    expect(said(a)).toEqual([
      ['La situation est grave', 'Paul Girard'],
      ['mais elle n’est pas désespérée.', 'Paul Girard'],
    ]);
  });

  it('finds the speaker of an incise inside the guillemets', () => {
    const a = run('fr', [
      '« Les salariés sont épuisés, explique Karim Benali, délégué syndical. Ils attendent un geste. »',
    ]);
    expect(said(a)[0]?.[1]).toBe('Karim Benali');
    expect(actor(a, 'Karim Benali')?.role).toBe('délégué syndical');
  });

  it('attributes a colon intro and a following paragraph that only quotes', () => {
    const a = run('fr', [
      'La présidente de la région, Hélène Dubois, a répondu aux critiques :',
      '« Nous avons tenu nos engagements. Les lycées seront rénovés. »',
      'Le chantier doit durer trois ans.',
    ]);
    expect(said(a)).toEqual([
      ['Nous avons tenu nos engagements. Les lycées seront rénovés.', 'Hélène Dubois'],
    ]);
  });

  it('gives « selon X » quotes to X, including through a description and a pronoun', () => {
    const a = run('fr', [
      'Selon le porte-parole du gouvernement, Marc Aubry, la réforme sera « votée avant l’été ».',
      'Selon lui, le texte est « équilibré ».',
    ]);
    expect(said(a)).toEqual([
      ['votée avant l’été', 'Marc Aubry'],
      ['équilibré', 'Marc Aubry'],
    ]);
  });

  it('lets organisations speak, without their article', () => {
    const a = run('fr', [
      'L’Elysée a dénoncé « une provocation inacceptable ». Le gouvernement juge la mesure « disproportionnée ».',
    ]);
    expect(said(a)).toEqual([
      ['une provocation inacceptable', 'Elysée'],
      ['disproportionnée', 'gouvernement'],
    ]);
  });

  it('drops scare quotes, nicknames, titles and button labels', () => {
    const a = run('fr', [
      'Le projet, surnommé « mur de Berlin » par ses opposants, divise. Cette « réforme » ne plaît à personne.',
      'Le film « La Haine » ressort en salles. En cliquant sur « J’accepte », vous autorisez les traceurs.',
    ]);
    expect(a.quotes).toEqual([]);
  });

  it('distributes a shared apposition and strips honorifics', () => {
    const a = run('fr', [
      'Les ministres allemand et français, Jonas Keller et Sophie Martin, se sont rencontrés à Berlin. M. Keller a parlé d’un « tournant ». Mme Martin a salué « un accord historique ».',
    ]);
    expect(actor(a, 'Jonas Keller')).toMatchObject({
      role: 'ministre allemand',
      aliases: ['Keller'],
      quotes: 1,
    });
    expect(actor(a, 'Sophie Martin')).toMatchObject({ role: 'ministre français', quotes: 1 });
    expect(said(a)).toEqual([
      ['tournant', 'Jonas Keller'],
      ['un accord historique', 'Sophie Martin'],
    ]);
  });

  it('returns null rather than a guess when nobody is named', () => {
    const a = run('fr', [
      'Dans la rue, l’inquiétude domine. « On ne sait pas ce qui va se passer », confie une habitante.',
    ]);
    expect(said(a)).toEqual([['On ne sait pas ce qui va se passer', null]]);
  });

  it('resolves a description subject and a pronoun placed before the name (lead cataphora)', () => {
    const a = run('fr', [
      '« Je ne me représenterai pas », a-t-elle annoncé dimanche. La maire de Nantes, Johanna Rolland, a ainsi mis fin au suspense.',
      'Le porte-parole du Kremlin, Dmitri Peskov, a démenti. Le porte-parole a ajouté : « Il n’y a rien à commenter. »',
    ]);
    expect(said(a)).toEqual([
      ['Je ne me représenterai pas', 'Johanna Rolland'],
      ['Il n’y a rien à commenter.', 'Dmitri Peskov'],
    ]);
  });

  it('reads a form that is both a noun and a verb by its determiner (le juge / juge la mesure)', () => {
    const a = run('fr', [
      'Le juge Marc Lemaire a rejeté la demande. Le syndicat juge la décision « incompréhensible ».',
    ]);
    expect(actor(a, 'Marc Lemaire')?.role).toBe('juge');
    expect(said(a)).toEqual([['incompréhensible', 'syndicat']]);
  });

  it('gives the category of an example list as the role (quelques poids lourds … comme X ou Y)', () => {
    const a = run('fr', [
      'Ont voté contre quelques poids lourds de l’opposition comme Patrick Vallet ou Claude Garnier.',
    ]);
    expect(actor(a, 'Patrick Vallet')?.role).toBe('poids lourd de l’opposition');
    expect(actor(a, 'Claude Garnier')?.role).toBe('poids lourd de l’opposition');
  });

  it('keeps a term defined by a text as a quote without a speaker', () => {
    const a = run('fr', [
      'Deux régimes sont prévus par le décret : d’un côté un « contrôle renforcé », de l’autre une simple déclaration.',
    ]);
    expect(said(a)).toEqual([['contrôle renforcé', null]]);
  });

  it('does not take a person named inside an organisation name for a person', () => {
    const a = run('fr', [
      'Une étude de la Fondation Jean Jaurès publiée en mai le confirme, selon le lycée Victor Hugo.',
    ]);
    expect(a.actors).toEqual([]);
  });
});

describe('French text copied with its spaces lost, and plural role words', () => {
  it('opens a straight quote glued to the end of a sentence or to an elision', () => {
    const a = run('fr', [
      'Le verdict est tombé mercredi soir.Une peine historique."Les peines sont sévères", explique Guillaume Lys, avocat des victimes.',
      'Guillaume Lys estime que la vérité a été faite, même s’"il reste encore certaines zones d’ombre".',
    ]);
    expect(said(a).map(([q]) => q)).toEqual([
      'Les peines sont sévères',
      'il reste encore certaines zones d’ombre',
    ]);
    expect(said(a)[0]![1]).toBe('Guillaume Lys');
  });

  it('does not take a name after a plural role word for a person described by it', () => {
    const a = run('fr', [
      'Maxime Binet a reçu Guillaume Lys, avocat de l’association des victimes V-Europe, pour parler du procès.',
      '« Les victimes ont pu s’exprimer », dit-il.',
    ]);
    expect(actor(a, 'V-Europe')).toBeUndefined();
    expect(actor(a, 'Guillaume Lys')?.role).toBe('avocat de l’association des victimes V-Europe');
  });

  it('reads « … », est-il écrit as a text, never as the man named before', () => {
    const a = run('fr', [
      'Dans un communiqué, l’association des maires du département apporte son soutien à Claude Vernet. « Ces faits sont inadmissibles et doivent être sanctionnés », est-il écrit.',
    ]);
    expect(said(a)).toEqual([['Ces faits sont inadmissibles et doivent être sanctionnés', null]]);
  });

  it('reads no person in a radio named after a city (« témoigne l’élu auprès d’ici Saint-Étienne Loire »)', () => {
    const a = run('fr', [
      'La voiture du maire, Claude Vernet, a été incendiée. « Ça aurait pu être dramatique », témoigne l’élu auprès d’ici Saint-Étienne Loire.',
    ]);
    expect(a.actors.map((x) => x.name)).toEqual(['Claude Vernet']);
  });

  it('keeps the whole apposition as the role when a role noun comes before "du"', () => {
    const a = run('fr', [
      "Cette déclaration de l'ancien conseiller spécial du chef de l'Etat, Jean Ravelonarivo, fragilise le parti. « Ils ont usé de tous les moyens », a-t-il dit.",
    ]);
    expect(actor(a, 'Jean Ravelonarivo')?.role).toBe("ancien conseiller spécial du chef de l'Etat");
  });

  it('gives the words of a group named by a plural description to no one ("ont lancé les maires")', () => {
    const a = run('fr', [
      'Dans la presse, le préfet de Loire-Atlantique, Fabrice Rigoulet-Roze, avait assuré avoir organisé "des réunions publiques, des échanges, de la concertation".',
      '"Nous ne pouvons plus accepter le ton sur lequel le préfet nous a parlé", ont lancé les maires suite au clash.',
      'Les élus ont ajouté : "Nous demandons des moyens pour maîtriser la délinquance."',
    ]);
    expect(said(a).slice(1)).toEqual([
      ['Nous ne pouvons plus accepter le ton sur lequel le préfet nous a parlé', null],
      ['Nous demandons des moyens pour maîtriser la délinquance.', null],
    ]);
  });

  it('gives the words after "X, apposition, qui parle de « … »" to X', () => {
    const a = run('fr', [
      'Des coups de feu ont visé la mairie de Lalinde dans la nuit de samedi à dimanche.',
      'Sud-Ouest cite les propos de Christian Bourrier, maire de la ville, qui parle d’« au moins trois tirs » avec « deux armes, dont un fusil à plombs ».',
    ]);
    expect(said(a)).toEqual([
      ['au moins trois tirs', 'Christian Bourrier'],
      ['deux armes, dont un fusil à plombs', 'Christian Bourrier'],
    ]);
  });
});

describe('Honorific before a surname with a particle', () => {
  it('reads "Mme De Block" as Maggie De Block, not as an unnamed agent', () => {
    const a = run('fr', [
      'La ministre de la Santé Maggie De Block ne se sent pas concernée.',
      '"Je trouve que c’est insultant", a notamment déclaré Mme De Block, lors d’interviews.',
    ]);
    expect(said(a)).toEqual([['Je trouve que c’est insultant', 'Maggie De Block']]);
  });
});

describe('A participle in apposition is passive', () => {
  it('gives « … » in "X, décrit comme « … » de Bruxelles par le quotidien La Capitale" to the paper', () => {
    const a = run('fr', [
      'L’avocat Sven Mary défendra le suspect.',
      'Ce quadragénaire, décrit comme « l’un des meilleurs pénalistes » de Bruxelles par le quotidien La Capitale, a joué au foot.',
    ]);
    expect(said(a)).toEqual([['l’un des meilleurs pénalistes', 'La Capitale']]);
  });
});

describe('guillemets a page swapped (» … «)', () => {
  it('are read as quotes when every one alternates from a », and a continuation’s closing » is not', () => {
    expect(
      said(
        run('fr', [
          'En entrant dans le box, Laurent Morel est surpris : » Je n’ai pas d’avocat. Je ne comprends pas « .',
          '» Ma cliente est venue de Bordeaux « , s’offusque Me Olivier Dunyach.',
        ]),
      ),
    ).toEqual([
      ['Je n’ai pas d’avocat. Je ne comprends pas', 'Laurent Morel'],
      ['Ma cliente est venue de Bordeaux', 'Olivier Dunyach'],
    ]);
  });
});

describe('a reflexive verb in the incise', () => {
  it('is the speaker’s verb, not the impersonal « est-il écrit » (« … », s’est-il indigné)', () => {
    const a = run('fr', [
      'Me Michel Fortin a plaidé mardi devant la cour.',
      '« C’est une honte », s’est-il indigné.',
      '« Pourquoi maintenant? » s’est-il questionné.',
    ]);
    expect(said(a)).toEqual([
      ['C’est une honte', 'Michel Fortin'],
      ['Pourquoi maintenant?', 'Michel Fortin'],
    ]);
  });
});

describe('a correspondent’s line', () => {
  it('names the author, not a person of the article, even when it comes first as a heading', () => {
    for (const first of [
      { kind: 'heading' as const, text: 'Avec notre correspondante à Bruxelles, Laxmi Lota' },
      'De notre envoyé spécial à Kiev, Marc Durand',
    ]) {
      const a = run('fr', [
        first,
        '« Pourquoi encore plaider ? Pour me rendre intéressant ? » La salle se tait.',
        'L’avocat Sven Mary a ensuite défendu son client pendant deux heures.',
      ]);
      expect(a.actors.map((x) => x.name)).not.toContain('Laxmi Lota');
      expect(a.actors.map((x) => x.name)).not.toContain('Marc Durand');
    }
  });
});

describe('a verb of saying in the infinitive of a verb chain', () => {
  it('reads "commence par lancer …, X" and "a tenu à rappeler" as saying', () => {
    const a = run('fr', [
      'L’audience a repris mardi matin devant une salle comble.',
      '« Je ne comprends pas cette décision » commence par lancer, d’une voix lasse, Me Hugo Lenoir, avocat de la famille.',
      'La procureure Anne Vidal a tenu à rappeler que « la loi est la même pour tous ».',
      '« Le dossier est vide », finit par concéder le greffier, Paul Girard.',
    ]);
    expect(said(a)).toEqual([
      ['Je ne comprends pas cette décision', 'Hugo Lenoir'],
      ['la loi est la même pour tous', 'Anne Vidal'],
      ['Le dossier est vide', 'Paul Girard'],
    ]);
  });
});
