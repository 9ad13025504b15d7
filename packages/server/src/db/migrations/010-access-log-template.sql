-- The template a request was about (GET /api/templates/:id ...), so the user's access history can
-- say "Opened template 'Jar label'". Only the id: the name is looked up when the history is read,
-- and only for templates the user may still see. No foreign key: a deleted template leaves the row.
ALTER TABLE access_log ADD COLUMN template_id uuid;
