-- Users' label documents, their history, and what search reads.

-- The search text of a template: name (weight A), description (B) and tags (C), each as English
-- stems ("shipping" finds "ships") and as plain lower-case words, so a half-typed word matches
-- by prefix ("shipp" finds "shipping", whose stem is "ship"). IMMUTABLE so the column below can
-- be generated from it: array_to_string is only STABLE in general, but for text[] it cannot change.
CREATE FUNCTION template_search_vector(name text, description text, tags text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english', name) || to_tsvector('simple', name), 'A')
      || setweight(to_tsvector('english', description) || to_tsvector('simple', description), 'B')
      || setweight(to_tsvector('english', array_to_string(tags, ' ')) || to_tsvector('simple', array_to_string(tags, ' ')), 'C')
$$;

CREATE TABLE templates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id uuid REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  -- The label document (schemaVersion 2 JSON), validated by the engine before it is stored.
  document jsonb NOT NULL,
  -- Optimistic concurrency: an update names the version it edited; a stale one gets 409.
  version integer NOT NULL DEFAULT 1,
  folder text NOT NULL DEFAULT '',
  tags text[] NOT NULL DEFAULT '{}',
  -- Facets for search filters, read from the document when it is saved.
  width_mm real NOT NULL,
  height_mm real NOT NULL,
  printer_language text NOT NULL DEFAULT '',
  -- private | unlisted | public (the gallery shows public ones).
  visibility text NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'unlisted', 'public')),
  license text CHECK (license IN ('CC0-1.0', 'CC-BY-4.0')),
  published_at timestamptz,
  -- Hidden by a takedown or a moderator: invisible to everyone but the owner and staff.
  hidden_at timestamptz,
  hidden_reason text,
  forked_from uuid REFERENCES templates (id) ON DELETE SET NULL,
  -- Shown instead of the owner's name once the owner deleted the account and chose to keep it.
  credit_name text,
  rating_sum integer NOT NULL DEFAULT 0,
  rating_count integer NOT NULL DEFAULT 0,
  -- PNG preview rendered by the engine (at 203 dpi); NULL until drawn, and again whenever the document changes.
  thumbnail bytea,
  -- Written by PostgreSQL in the same statement as name, description and tags: never stale, whoever writes.
  search tsvector GENERATED ALWAYS AS (template_search_vector(name, description, tags)) STORED,
  -- The name's words alone: search takes its candidates from here as well as from "search", so
  -- templates named after a common word are not crowded out by the many that only mention it.
  name_search tsvector GENERATED ALWAYS AS (to_tsvector('english', name) || to_tsvector('simple', name)) STORED,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX templates_owner ON templates (owner_id, updated_at DESC);
CREATE INDEX templates_search ON templates USING gin (search);
CREATE INDEX templates_name_search ON templates USING gin (name_search);
-- Search walks matches newest first and stops at its candidate limit (see search-query.ts).
CREATE INDEX templates_updated ON templates (updated_at DESC);
-- Filters: label size (a range around the size asked for) and tags.
CREATE INDEX templates_size ON templates (width_mm, height_mm);
CREATE INDEX templates_tags ON templates USING gin (tags);
-- Sizes and printer languages go together (4x6 in is for shipping printers): without this the
-- planner multiplies their selectivities and misjudges filtered searches.
CREATE STATISTICS templates_facets (dependencies, mcv) ON width_mm, height_mm, printer_language FROM templates;
CREATE INDEX templates_public ON templates (published_at DESC) WHERE visibility = 'public' AND hidden_at IS NULL;

CREATE TABLE template_versions (
  template_id uuid NOT NULL REFERENCES templates (id) ON DELETE CASCADE,
  version integer NOT NULL,
  name text NOT NULL,
  document jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (template_id, version)
);
