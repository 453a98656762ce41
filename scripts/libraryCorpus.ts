// A deterministic library of generated documents for the library's bench (libraryBench.ts):
// titles and articles of 500 to 1,500 words in five languages, accents included, over a
// vocabulary that grows with the library as a real crawl's does (a few common words, many
// rare ones), with dates written to the day, the month or the year or not at all, comment
// counts and sites. Self-contained (no import, no outer variable): the bench runs it inside the
// page, where it is built and stored without sending 60 MB through the driver.

/** One generated document: what the library's entry and its searchable text hold. */
export type CorpusDocument = {
  readonly id: string;
  readonly title: string;
  readonly language: string;
  readonly published: string | null;
  readonly site: string;
  readonly commentCount: number;
  readonly wordCount: number;
  readonly importedAt: string;
  /** articleTextOf: the title and the article's paragraphs, one a line. */
  readonly text: string;
};

/** `count` documents, the same for the same count, ids `bench-1` … `bench-<count>`. */
export function generateCorpus(count: number): CorpusDocument[] {
  // mulberry32, as scripts/generate-thread.ts.
  let state = 20_250_014;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  type Language = {
    readonly tag: string;
    readonly common: readonly string[];
    readonly onsets: readonly string[];
    readonly vowels: readonly string[];
    readonly codas: readonly string[];
  };
  const languages: readonly Language[] = [
    {
      tag: 'fr',
      common:
        'le la les un une des et à de en du que qui dans pour pas sur avec ce il nous vous mais plus été réunion sécurité ministre négociations réponse élection Lavrov Moscou Genève'.split(
          ' ',
        ),
      onsets: ['b', 'ch', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'pr', 'tr', 'gr'],
      vowels: ['a', 'e', 'é', 'è', 'ê', 'i', 'o', 'ou', 'u', 'au', 'ai', 'oi', 'à', 'ô'],
      codas: ['', '', 'n', 'r', 's', 't', 'nt', 'ment', 'tion', 'ç'],
    },
    {
      tag: 'it',
      common:
        'il lo la gli le un una di da in con su per tra fra che non è più città perché Roma vertice ministro Blinken sicurezza'.split(
          ' ',
        ),
      onsets: ['b', 'c', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'st', 'gr'],
      vowels: ['a', 'e', 'i', 'o', 'u', 'à', 'è', 'ì', 'ò', 'ù', 'ia', 'io'],
      codas: ['', '', '', 'n', 'l', 'r', 'zione', 'tà', 'mente'],
    },
    {
      tag: 'en',
      common:
        'the of and to in is that for on with as by at from this was were talks minister security summit Washington answer'.split(
          ' ',
        ),
      onsets: [
        'b',
        'c',
        'd',
        'f',
        'g',
        'h',
        'l',
        'm',
        'n',
        'p',
        'r',
        's',
        't',
        'w',
        'th',
        'st',
        'br',
      ],
      vowels: ['a', 'e', 'i', 'o', 'u', 'ea', 'ou', 'oo', 'ai'],
      codas: ['', 'n', 'r', 's', 't', 'ng', 'ck', 'ed', 'ing', 'ly'],
    },
    {
      tag: 'de',
      common:
        'der die das und zu den von mit sich des auf für ist im dem nicht über Gespräch Sicherheit Außenminister Größe'.split(
          ' ',
        ),
      onsets: ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'r', 's', 't', 'w', 'sch', 'st', 'z'],
      vowels: ['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'ei', 'au', 'ie'],
      codas: ['', 'n', 'r', 's', 't', 'ng', 'cht', 'ß', 'ung', 'keit'],
    },
    {
      tag: 'es',
      common:
        'el la los las un una de en y que por con para del se no más año reunión seguridad Ginebra diálogo'.split(
          ' ',
        ),
      onsets: ['b', 'c', 'd', 'f', 'g', 'j', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'ñ', 'll'],
      vowels: ['a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú', 'ue', 'ia'],
      codas: ['', '', 'n', 'r', 's', 'l', 'ción', 'dad', 'mente'],
    },
  ];
  const sites = [
    'Le Monde',
    'Sputnik Italia',
    'Russian Politics & Diplomacy',
    'Die Zeit',
    'El País',
    'The Guardian',
    'Corriere della Sera',
    'Libération',
    'Der Spiegel',
    'La Repubblica',
  ];

  // Each language's vocabulary: rare words are many, so that the library's vocabulary grows
  // with it (about 1,000 new words per 100 documents at first, fewer later), as a crawl's does.
  const vocabularies = languages.map((language) => {
    const words = new Set<string>();
    while (words.size < 40_000) {
      let word = '';
      const syllables = 1 + Math.floor(random() * 4);
      for (let s = 0; s < syllables; s++)
        word +=
          pick(language.onsets) +
          pick(language.vowels) +
          (s === syllables - 1 ? pick(language.codas) : '');
      words.add(word);
    }
    return [...words];
  });
  // Zipf-like: word k is drawn with weight ~1/(k+1), by inverting the cumulative log.
  const zipf = (size: number) =>
    Math.min(size - 1, Math.floor(Math.exp(random() * Math.log(size + 1)) - 1));

  const documents: CorpusDocument[] = [];
  const started = Date.UTC(2021, 0, 1);
  for (let k = 1; k <= count; k++) {
    const language = pick(languages);
    const vocabulary = vocabularies[languages.indexOf(language)]!;
    const word = () =>
      random() < 0.35 ? pick(language.common) : vocabulary[zipf(vocabulary.length)]!;
    const sentence = (words: number) => {
      const parts: string[] = [];
      for (let w = 0; w < words; w++) parts.push(word());
      const first = parts[0]!;
      parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
      return `${parts.join(' ')}.`;
    };
    const titleWords = 5 + Math.floor(random() * 8);
    const title = sentence(titleWords).slice(0, -1);
    const paragraphs: string[] = [];
    const articleWords = 500 + Math.floor(random() * 1001);
    let written = 0;
    while (written < articleWords) {
      const length = Math.min(articleWords - written, 40 + Math.floor(random() * 80));
      const sentences: string[] = [];
      for (let left = length; left > 0;) {
        const size = Math.min(left, 8 + Math.floor(random() * 16));
        sentences.push(sentence(size));
        left -= size;
      }
      paragraphs.push(sentences.join(' '));
      written += length;
    }
    const year = 2019 + Math.floor(random() * 5);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const precision = random();
    const published =
      precision < 0.7
        ? `${year}-${month}-${day}`
        : precision < 0.8
          ? `${year}-${month}`
          : precision < 0.85
            ? String(year)
            : null;
    const commentCount = random() < 0.3 ? 0 : Math.floor(Math.exp(random() * Math.log(3000)));
    documents.push({
      id: `bench-${k}`,
      title,
      language: language.tag,
      published,
      site: pick(sites),
      commentCount,
      wordCount: titleWords + articleWords + commentCount * 40,
      importedAt: new Date(started + k * 3_600_000).toISOString(),
      text: [title, ...paragraphs].join('\n'),
    });
  }
  return documents;
}
