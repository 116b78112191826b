/** The shapes of a knowledge folder once loaded: articles and the sections they split into. */

/** One part of an article, from one heading (`#` to `###`) to the next. */
export interface Section {
  /** Unique in the knowledge base: the article slug, plus `#anchor` for sub-sections. */
  id: string;
  /** The article's title, repeated so a section can be shown on its own. */
  articleTitle: string;
  /** The heading text without markdown; the article title for the top section. */
  heading: string;
  /** GitHub-style slug of the heading; empty for the article's top section. */
  anchor: string;
  /** 0 for the article's top section, else the heading level (1 to 3). */
  level: number;
  /** The section's markdown without its heading line. */
  text: string;
}

/** One help article, read from a markdown file with YAML front matter. */
export interface Article {
  /** The file path relative to the knowledge folder, without `.md`, with `/` separators. */
  slug: string;
  title: string;
  /** As written in the front matter (may be relative, e.g. `/kb/reset-your-password`), else `/kb/{slug}`. */
  url: string;
  summary: string | undefined;
  tags: string[];
  /** The article's language (ISO 639-1), `en` unless the front matter says otherwise. */
  lang: string;
  /**
   * The slug of the article this one is a translation of, or its own slug: articles with the same
   * key are one article in several languages.
   */
  translationKey: string;
  /** The body without the front matter. */
  markdown: string;
  sections: Section[];
  /** True for an article of the workspace's shared folder, read alongside a bot's own. */
  shared?: boolean;
}
