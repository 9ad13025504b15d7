-- Users' label documents, their history, and what search reads.
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
  -- PNG preview rendered by the engine.
  thumbnail bytea,
  search tsvector NOT NULL DEFAULT ''::tsvector,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX templates_owner ON templates (owner_id, updated_at DESC);
CREATE INDEX templates_search ON templates USING gin (search);
CREATE INDEX templates_public ON templates (published_at DESC) WHERE visibility = 'public' AND hidden_at IS NULL;

CREATE TABLE template_versions (
  template_id uuid NOT NULL REFERENCES templates (id) ON DELETE CASCADE,
  version integer NOT NULL,
  name text NOT NULL,
  document jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (template_id, version)
);
