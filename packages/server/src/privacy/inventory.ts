// The data inventory: every column of every table, personal or not (with the reason), in one file
// so the whole picture reads in one place. Longer than most modules for that reason; the types are
// in inventory-types.ts and the code that acts on it in personal-data.ts and account-erasure.ts.
import type { ColumnEntry, InventoryTable, PersonalColumn, PlainColumn, ResolvedColumn, ValueSource } from './inventory-types';

const p = (holds: string, from: ValueSource, extra: Partial<Omit<PersonalColumn, 'personal' | 'holds' | 'from'>> = {}): PersonalColumn => ({ personal: true, holds, from, export: true, ...extra });
const unexported = (holds: string, from: ValueSource, why: string): PersonalColumn => p(holds, from, { export: { no: why } });
const plain = (why: string): PlainColumn => ({ personal: false, why });

/** Templates that stay when their owner deletes the account and chose "keep-credited": published and not taken down. */
export const PUBLISHED_TEMPLATE = "visibility IN ('public', 'unlisted') AND hidden_at IS NULL";
/** The name kept templates are credited to once their owner is gone. */
export const DELETED_USER_CREDIT = 'Deleted user';
const OWNED_TEMPLATES = '(SELECT id FROM templates WHERE owner_id = $1)';
const KEPT_TEMPLATES = `(SELECT id FROM templates WHERE owner_id = $1 AND ${PUBLISHED_TEMPLATE})`;
const UNTIL_ACCOUNT_DELETED = 'until you delete your account';
const FOR_AS_LONG_AS_THE_SERVICE_RUNS = 'for as long as the service runs; after the account is deleted its rows name an id that leads to nobody';
const NOT_A_PERSON = 'a row number';

/**
 * Every table and column of the schema: what it holds, why (purpose, legal basis), for how long,
 * whether the export includes it, and what deleting an account does to it. The export, the
 * erasure of an account and the retention job are driven by it; a test fails the build when a
 * column of the live schema is missing here (or listed here and gone). Tables are erased in this
 * order, `users` last.
 */
export const inventory: Readonly<Record<string, InventoryTable>> = {
  template_versions: {
    about: 'Earlier versions of your templates, so a change can be undone.',
    category: 'templates', purpose: 'undoing changes to your templates', basis: 'contract', retention: 'until the template or your account is deleted',
    views: [{ where: `r.template_id IN ${OWNED_TEMPLATES}`, order: 'r.template_id, r.version' }],
    erasure: {
      effect: 'cascade', says: 'deleted with your templates; a published template you keep keeps only its published state',
      steps: [{ when: 'keep-credited', sql: `DELETE FROM template_versions WHERE template_id IN ${KEPT_TEMPLATES}` }],
    },
    columns: {
      template_id: p('which template', 'server'), version: p('version number', 'server'),
      name: p('the name it had', 'typed'), document: p('the label as it was', 'typed'), created_at: p('when it was saved', 'server'),
    },
  },

  reports: {
    about: 'Reports of templates that break the rules, and intellectual-property complaints.',
    category: 'reports', purpose: 'handling reports and complaints about published templates', basis: 'legitimate-interest', retention: 'as long as the reported template exists; a complaint never confirmed, 48 hours',
    views: [
      { name: 'reports_you_filed', where: 'r.reporter_id = $1', order: 'r.created_at, r.id' },
      {
        name: 'reports_about_your_templates', where: `r.template_id IN ${OWNED_TEMPLATES}`, order: 'r.created_at, r.id',
        // Never who reported it or the complainant's own words and contact: those are theirs.
        columns: ['id', 'template_id', 'kind', 'status', 'publisher_response', 'responded_at', 'resolution', 'created_at', 'resolved_at'],
      },
    ],
    erasure: {
      effect: 'pseudonymise', says: 'reports you filed stay for the moderators with their outcome, but without your account, your words or staff notes on them; reports about your templates go with them, or lose your answers and the notes if you keep the templates',
      steps: [
        { sql: "UPDATE reports SET reporter_id = NULL, reason = '(withdrawn: the reporter deleted their account)', claimant = NULL, contact_email = NULL, work = NULL, resolution = NULL WHERE reporter_id = $1" },
        { when: 'keep-credited', sql: `UPDATE reports SET publisher_response = NULL, resolution = NULL WHERE template_id IN ${OWNED_TEMPLATES}` },
      ],
    },
    columns: {
      id: p('report id', 'server'), template_id: p('which template', 'server'), reporter_id: p('who reported it', 'server'),
      kind: p('rules or intellectual property', 'chosen'), ground: p('what a complaint claims: copyright, trademark or personal data', 'chosen'), reason: p('why it was reported', 'typed'),
      claimant: p('who claims the right', 'typed'), contact_email: p('how to reach the claimant', 'typed'), work: p('which work is claimed', 'typed'),
      status: p('unverified (a complaint not yet confirmed), open, upheld or dismissed', 'staff'), publisher_response: p("the publisher's answer", 'typed', { erasure: 'delete' }),
      responded_at: p('when the publisher answered', 'server'), resolved_by: unexported('which staff member decided', 'staff', "the staff member's identity is theirs; the decision is shown"),
      resolution: p("staff's note on the decision", 'staff'), created_at: p('when it was filed', 'server'), resolved_at: p('when it was decided', 'server'),
      confirm_token_hash: unexported('a one-way hash of the link that confirms a complaint', 'server', 'a secret until used, and useless to you after'),
      confirm_by: p('until when a complaint can be confirmed; it is deleted unconfirmed after that', 'server'),
      confirmed_at: p("when the complainant's address was confirmed", 'server'),
    },
  },

  templates: {
    about: 'Your label templates, private or published.',
    category: 'templates', purpose: 'storing your labels, and showing the ones you publish', basis: 'contract', retention: 'until you delete the template or your account',
    views: [{ where: 'r.owner_id = $1', order: 'r.created_at, r.id' }],
    erasure: {
      effect: 'cascade', says: `deleted with your account; if you chose so, templates you published stay, credited to "${DELETED_USER_CREDIT}" and no longer linked to you`,
      steps: [{ when: 'keep-credited', sql: `UPDATE templates SET owner_id = NULL, credit_name = '${DELETED_USER_CREDIT}', folder = '' WHERE owner_id = $1 AND ${PUBLISHED_TEMPLATE}` }],
    },
    columns: {
      id: p('template id', 'server'), owner_id: p('whose it is', 'server'), name: p('its name', 'typed'), description: p('its description', 'typed'),
      document: p('the label itself (texts, images, barcodes)', 'typed'), version: p('how often it was saved', 'server'), folder: p('your folder for it', 'typed'),
      tags: p('its tags', 'typed'), width_mm: p('label width', 'typed'), height_mm: p('label height', 'typed'), printer_language: p('printer language', 'chosen'),
      visibility: p('private, unlisted or public', 'chosen'), license: p('the licence you published it under', 'chosen'), published_at: p('when you published it', 'server'),
      hidden_at: p('when it was taken down', 'staff'), hidden_reason: p('why it was taken down', 'staff'), forked_from: p('the template it was copied from', 'server'),
      credit_name: p('the name shown once its owner is gone', 'server'), rating_sum: p('the sum of its ratings', 'others'), rating_count: p('how many ratings', 'others'),
      thumbnail: p('a picture of the label', 'server', { file: { dir: 'thumbnails', key: 'id', ext: 'png' } }),
      search: unexported('search words made from name, description and tags', 'server', 'made from the name, description and tags, which are exported'),
      name_search: unexported('search words made from the name', 'server', 'made from the name, which is exported'),
      created_at: p('when it was made', 'server'), updated_at: p('when it last changed', 'server'),
    },
  },

  reviews: {
    about: 'Ratings and reviews you wrote of gallery templates.',
    category: 'reviews', purpose: 'showing your reviews in the gallery', basis: 'contract', retention: 'until you delete the review or your account',
    views: [{ where: 'r.user_id = $1', order: 'r.created_at' }],
    erasure: { effect: 'cascade', says: 'deleted with your account (the ratings they gave are taken out of the totals)' },
    columns: {
      template_id: p('which template', 'server'), user_id: p('who wrote it', 'server'), rating: p('1 to 5 stars', 'chosen'), body: p('what you wrote', 'typed'),
      created_at: p('when', 'server'), updated_at: p('when last changed', 'server'),
    },
  },

  print_jobs: {
    about: 'Labels you sent to network printers through the server.',
    category: 'print-history', purpose: 'printing your labels, and your print history to reprint from', basis: 'contract', retention: UNTIL_ACCOUNT_DELETED,
    views: [{ where: 'r.user_id = $1', order: 'r.created_at, r.seq' }],
    erasure: { effect: 'cascade', says: 'deleted with your account' },
    columns: {
      id: p('job id', 'server'), seq: plain('orders jobs made in the same instant'), user_id: p('whose job', 'server'), template_id: p('which template', 'server'),
      document: p('the label as printed', 'typed'), rows: p('the data rows printed', 'typed'), printer_uri: p("the printer's address you typed, on jobs from before the server's printers were set up", 'typed'), printer_id: p("which of the server's printers", 'chosen'), profile: p('printer model', 'chosen'),
      copies: p('copies', 'typed'), tz_offset_minutes: p('your time zone offset', 'client'), status: p('queued, sending, done, failed or canceled', 'server'),
      total_labels: p('labels in the job', 'server'), sent_labels: p('labels printed', 'server'), error_code: p('why it failed', 'server'), error_message: p('why it failed, in words', 'server'),
      claimed_by: plain('names the server process sending it'), claimed_until: plain('how long that server process holds it'), attempts: p('tries so far', 'server'), claim_seq: plain('orders claims, so users take turns on a printer'),
      retry_at: p('when it is tried again', 'server'), reprint_of: p('the job it reprints', 'server'),
      created_at: p('when you printed', 'server'), started_at: p('when sending began', 'server'), finished_at: p('when it ended', 'server'),
    },
  },

  recent_views: {
    about: 'Templates you opened recently, kept only with the preferences consent.',
    category: 'recent-views', purpose: 'offering the templates you opened recently', basis: 'consent', retention: 'deleted after 90 days, and at once when you withdraw the preferences consent',
    views: [{ where: 'r.user_id = $1', order: 'r.viewed_at DESC' }],
    erasure: { effect: 'cascade', says: 'deleted with your account' },
    purge: { at: 'viewed_at', key: 'user_id, template_id', days: 'recentViewsDays' },
    columns: { user_id: p('whose list', 'server'), template_id: p('which template', 'server'), viewed_at: p('when you opened it', 'server') },
  },

  access_log: {
    about: 'One row per request: the kind of request, never the address with its values.',
    category: 'access-log', purpose: 'keeping the service running and looking into abuse', basis: 'legitimate-interest', retention: 'deleted after 90 days',
    views: [{ where: 'r.user_id = $1', order: 'r.at, r.id' }],
    erasure: { effect: 'delete', says: 'your rows are deleted', steps: [{ sql: 'DELETE FROM access_log WHERE user_id = $1' }] },
    purge: { at: 'at', key: 'id', days: 'accessLogDays' },
    columns: {
      id: plain(NOT_A_PERSON), at: p('when', 'server'), user_id: p('who, when signed in', 'server'), route: p('the kind of request (route template)', 'server'),
      method: p('GET, POST...', 'client'), status: p('whether it worked', 'server'), ip_prefix: p('your network (address cut to /24 or /48)', 'client'),
      browser: p('browser family', 'client'), os: p('system family', 'client'), device: p('device class', 'client'), language: p('preferred language', 'client'),
      template_id: p('the template the request was about, so your history can name it', 'server'),
    },
  },

  security_log: {
    about: 'Sign-ins and changes to how an account is protected, with the full address.',
    category: 'security-log', purpose: 'spotting someone else using your account', basis: 'legitimate-interest', retention: 'deleted after 30 days',
    views: [{ where: 'r.user_id = $1', order: 'r.at, r.id' }],
    erasure: { effect: 'delete', says: 'your rows are deleted', steps: [{ sql: 'DELETE FROM security_log WHERE user_id = $1' }] },
    purge: { at: 'at', key: 'id', days: 'securityLogDays' },
    columns: {
      id: plain(NOT_A_PERSON), at: p('when', 'server'), user_id: p('whose account', 'server'), event: p('what happened', 'server'),
      ip: p('your full address', 'client'), browser: p('browser family', 'client'), os: p('system family', 'client'),
    },
  },

  rate_limits: {
    about: 'Counters that slow down floods of requests, keyed by address or account.',
    category: null, purpose: 'protecting accounts and the service from floods of requests', basis: 'legitimate-interest', retention: 'dropped a day after their window ends',
    views: [],
    erasure: { effect: 'delete', says: 'counters keyed by your account are deleted', steps: [{ sql: "DELETE FROM rate_limits WHERE bucket LIKE '%:' || $1" }] },
    columns: {
      bucket: unexported('what is counted and for whom (an address or an account id)', 'client', 'a counter key with nothing in it for you'),
      window_start: unexported('when the window began', 'server', 'a counter with nothing in it for you'),
      hits: unexported('requests in the window', 'server', 'a counter with nothing in it for you'),
    },
  },

  sign_in_throttle: {
    about: 'Counters of failed sign-in attempts per account and address, which pause guessing of passwords and codes.',
    category: null, purpose: 'protecting accounts against password and code guessing', basis: 'legitimate-interest', retention: 'dropped a day after the last attempt or pause',
    views: [],
    erasure: {
      effect: 'delete', says: 'counters keyed by your email are deleted',
      steps: [{ sql: "DELETE FROM sign_in_throttle WHERE account_hash = (SELECT encode(sha256(convert_to(email, 'UTF8')), 'hex') FROM users WHERE id = $1)" }],
    },
    columns: {
      scope: unexported('what is counted: an account (hashed email), an address, or both', 'client', 'a counter key with nothing in it for you'),
      account_hash: unexported('a hash of the email the attempts named', 'client', 'a counter key with nothing in it for you'),
      failures: unexported('failed attempts', 'server', 'a counter with nothing in it for you'),
      blocked_until: unexported('attempts paused until', 'server', 'a counter with nothing in it for you'),
      last_attempt_at: unexported('when the last attempt came', 'server', 'a counter with nothing in it for you'),
    },
  },

  sessions: {
    about: 'The sessions you are signed in with.',
    category: 'sessions', purpose: 'keeping you signed in, and listing your sessions so you can end them', basis: 'contract',
    retention: 'until you sign out or the session ends (a working day idle, a week at most); all end when you secure your account or ask for its deletion',
    views: [{ where: 'r.user_id = $1', order: 'r.created_at' }],
    erasure: { effect: 'cascade', says: 'ended when you ask for deletion, and deleted with your account' },
    columns: {
      id_hash: unexported('a hash of the session cookie', 'server', 'a secret: a copy could help someone take over the session'),
      user_id: p('whose session', 'server'), created_at: p('when it began', 'server'), last_seen_at: p('when last used', 'server'), expires_at: p('when it ends at the latest', 'server'),
      mfa_pending: p('waiting for the second factor', 'server'), reauthenticated_at: p('when you last re-entered the password', 'server'),
      browser: p('browser family', 'client'), os: p('system family', 'client'), device: p('device class', 'client'), ip_prefix: p('your network (cut to /24 or /48)', 'client'),
      mfa_failures: p('wrong second-factor codes in this sign-in', 'server', { purpose: 'ending a sign-in after a few wrong codes' }),
      via_mail_link: p('the sign-in began with a mailed link', 'server'),
    },
  },

  account_tokens: {
    about: 'Links mailed to confirm an email address, reset a password or sign in.',
    category: 'account', purpose: 'proving an email address is yours and resetting your password', basis: 'contract', retention: `${UNTIL_ACCOUNT_DELETED} (a used or expired link does nothing)`,
    views: [{ where: 'r.user_id = $1', order: 'r.created_at' }],
    erasure: { effect: 'cascade', says: 'deleted with your account' },
    columns: {
      token_hash: unexported('a hash of the mailed link', 'server', 'a secret: it could still reset your password'),
      user_id: p('whose account', 'server'), purpose: p('what the link is for', 'server'), email: p('the address being confirmed', 'typed'),
      created_at: p('when it was sent', 'server'), expires_at: p('when it stops working', 'server'), used_at: p('when it was used', 'server'),
    },
  },

  recovery_codes: {
    about: 'One-time codes for signing in when the authenticator app is lost.',
    category: 'account', purpose: 'signing in without your phone', basis: 'contract', retention: 'until two-factor sign-in is turned off or your account is deleted',
    views: [{ where: 'r.user_id = $1' }],
    erasure: { effect: 'cascade', says: 'deleted with your account' },
    columns: {
      user_id: p('whose account', 'server'), code_hash: unexported('a hash of one code', 'server', 'a secret: it could pass your second factor'), used_at: p('when it was used', 'server'),
    },
  },

  support_tickets: {
    about: 'Reports that an account may be compromised, for staff to follow up.',
    category: 'support', purpose: 'following up a report that your account may be at risk', basis: 'legitimate-interest', retention: UNTIL_ACCOUNT_DELETED,
    views: [{ where: 'r.user_id = $1', order: 'r.created_at' }],
    erasure: { effect: 'cascade', says: 'deleted with your account' },
    columns: {
      id: p('ticket id', 'server'), user_id: p('which account', 'server'), kind: p('what kind of ticket', 'server'), source: p('reported signed in or by email', 'server'),
      message: p('what the reporter wrote', 'typed'), status: p('open or closed', 'staff'), created_at: p('when', 'server'), closed_at: p('when staff closed it', 'staff'),
    },
  },

  account_deletions: {
    about: 'A deletion you asked for, waiting for its grace period to end.',
    category: 'deletion', purpose: 'deleting your account when you asked, and letting you change your mind', basis: 'contract', retention: 'until the deletion is done or you cancel it',
    views: [{ where: 'r.user_id = $1' }],
    erasure: { effect: 'cascade', says: 'deleted with your account' },
    columns: {
      user_id: p('whose account', 'server'), requested_at: p('when you asked', 'server'), due_at: p('when it happens', 'server'),
      published_templates: p('what happens to templates you published', 'chosen'),
    },
  },

  consent_ledger: {
    about: 'Every consent given or withdrawn, and every policy version acknowledged.',
    category: 'consents', purpose: 'proving what you agreed to, when and under which policy', basis: 'legal-obligation', retention: FOR_AS_LONG_AS_THE_SERVICE_RUNS,
    views: [{ where: 'r.user_id = $1', order: 'r.seq' }],
    erasure: { effect: 'legal-hold', says: 'kept as proof of your choices, under an id that leads to nobody once the account is gone; it holds no text you wrote' },
    columns: {
      seq: plain(NOT_A_PERSON), at: p('when', 'server'), user_id: p('whose choice', 'server'), visitor_id: p('the random id of a browser not signed in', 'server'),
      purpose: p('what the choice is about', 'chosen'), policy_version: p('the policy in effect', 'server'), action: p('given or withdrawn', 'chosen'),
      source: p('where the choice was made', 'server'), ip_prefix: p('your network (cut to /24 or /48)', 'client'),
      prev_hash: plain('links the row to the one before (tamper evidence)'), hash: plain('links the row to the one before (tamper evidence)'),
    },
  },

  disclosure_register: {
    about: 'Every time personal data left the service, to whom and why.',
    category: 'disclosures', purpose: 'proving what was shared about you, with whom and on which ground', basis: 'legal-obligation', retention: FOR_AS_LONG_AS_THE_SERVICE_RUNS,
    // A disclosure under a legal request whose notice is deferred shows once the deferral ends.
    views: [{ where: "r.subject_user_id = $1 AND NOT EXISTS (SELECT 1 FROM legal_requests l WHERE r.reference = 'legal-request:' || l.id::text AND l.notify_after > $2)", order: 'r.seq' }],
    erasure: { effect: 'legal-hold', says: 'kept as proof, under an id that leads to nobody once the account is gone; it names kinds of data, never the data' },
    columns: {
      seq: plain(NOT_A_PERSON), at: p('when', 'server'), subject_user_id: p('whose data', 'server'), subject_record: p('the record naming someone without an account', 'server'),
      recipient: p('who received it', 'staff'), categories: p('which kinds of data', 'staff'), basis: p('the ground for sharing', 'staff'), reference: p('the case or choice behind it', 'staff'),
      prev_hash: plain('links the row to the one before (tamper evidence)'), hash: plain('links the row to the one before (tamper evidence)'),
    },
  },

  legal_requests: {
    about: 'Requests from courts and authorities for data about an account.',
    category: 'legal-requests', purpose: 'answering lawful requests, and telling you about them', basis: 'legal-obligation', retention: FOR_AS_LONG_AS_THE_SERVICE_RUNS,
    views: [{ where: "r.subject_user_id = $1 AND r.status = 'disclosed' AND (r.notify_after IS NULL OR r.notify_after <= $2)", order: 'r.created_at' }],
    erasure: { effect: 'legal-hold', says: 'kept as the law requires, under an id that leads to nobody once the account is gone' },
    columns: {
      id: p('request id', 'server'), subject_user_id: p('whose data', 'server'), authority: p('who asked', 'staff'), reference: p("the authority's case number", 'staff'),
      scope: p('which kinds of data', 'staff'), received_at: p('when it arrived', 'staff'), deadline: p('when it must be answered', 'staff'),
      created_by: unexported('which staff member recorded it', 'staff', "the staff member's identity is theirs"), created_at: p('when it was recorded', 'server'),
      status: p('pending, approved, rejected or disclosed', 'staff'), deferral_reason: p('why you were told later', 'staff'), notify_after: p('when you could be told', 'staff'),
      rejection_reason: p('why it was refused', 'staff'), disclosed_at: p('when the data was handed over', 'server'), notified_at: p('when you were told', 'server'),
    },
  },

  legal_request_approvals: {
    about: 'Which staff members approved a legal request (two are needed).',
    category: null, purpose: 'making sure no one hands over data alone', basis: 'legal-obligation', retention: FOR_AS_LONG_AS_THE_SERVICE_RUNS,
    views: [],
    erasure: { effect: 'legal-hold', says: 'holds no data of the person asked about; kept with the request' },
    columns: {
      request_id: plain('which request'), staff_id: unexported('the approving staff member', 'staff', 'personal data of the staff member, not of you'),
      at: unexported('when they approved', 'server', 'personal data of the staff member, not of you'),
    },
  },

  audit_log: {
    about: 'Every time staff read or changed a user\'s data, and every step of a complaint about your templates.',
    category: 'staff-access', purpose: 'holding staff to account for every look at your data', basis: 'legal-obligation', retention: FOR_AS_LONG_AS_THE_SERVICE_RUNS,
    views: [{ where: 'r.subject_user_id = $1', order: 'r.seq' }],
    erasure: { effect: 'legal-hold', says: 'kept as proof of staff access, under an id that leads to nobody once the account is gone; it holds ids and actions, no text' },
    columns: {
      seq: plain(NOT_A_PERSON), at: p('when', 'server'), staff_id: unexported('which staff member', 'staff', "the staff member's identity is theirs; what they did and when is shown"),
      action: p('what they did', 'server'), subject_user_id: p('whose data', 'server'), target: p('which record', 'server'),
      prev_hash: plain('links the row to the one before (tamper evidence)'), hash: plain('links the row to the one before (tamper evidence)'),
    },
  },

  users: {
    about: 'Your account.',
    category: 'account', purpose: 'your account: signing in and telling you about it', basis: 'contract', retention: UNTIL_ACCOUNT_DELETED,
    views: [{ where: 'r.id = $1' }],
    erasure: { effect: 'account', says: 'deleted', steps: [{ sql: 'DELETE FROM users WHERE id = $1' }] },
    columns: {
      id: p('account id', 'server'), email: p('your email address', 'typed'), email_verified_at: p('when you confirmed it', 'server'),
      password_hash: unexported('a one-way hash of your password', 'typed', 'useless to you, and a risk if the file leaks'),
      display_name: p('the name you go by', 'typed'), role: p('user or staff', 'staff'),
      totp_secret: unexported('the two-factor secret', 'server', 'a secret: anyone holding it could pass your second factor'),
      totp_enabled_at: p('when you turned two-factor on', 'server'), totp_last_step: p('the last two-factor code used (its time step)', 'server'),
      must_reset_password: p('a new password is needed', 'server'), created_at: p('when you signed up', 'server'), updated_at: p('when it last changed', 'server'),
    },
  },

  policy_versions: {
    about: 'Every released version of the privacy policy.', category: null, purpose: '', basis: 'legal-obligation', retention: 'for as long as the service runs', views: [],
    erasure: { effect: 'nothing', says: 'nobody\'s data' },
    columns: Object.fromEntries(['version', 'major', 'minor', 'released_at', 'effective_at', 'updated_at', 'title', 'summary', 'body', 'sha256'].map((c) => [c, plain('the policy text and its dates, nobody\'s data')])),
  },

  consent_partners: {
    about: 'Companies the operator may share data with, each only with a consent.', category: null, purpose: '', basis: 'legal-obligation', retention: 'for as long as the service runs', views: [],
    erasure: { effect: 'nothing', says: 'nobody\'s data' },
    columns: Object.fromEntries(['id', 'name', 'purpose', 'added_at'].map((c) => [c, plain('describes a company, not a person')])),
  },

  server_secrets: {
    about: 'Keys the server signs with.', category: null, purpose: '', basis: 'legitimate-interest', retention: 'for as long as the service runs', views: [],
    erasure: { effect: 'nothing', says: 'nobody\'s data' },
    columns: { name: plain('a key of the server'), value: plain('a key of the server') },
  },

  schema_migrations: {
    about: 'Which database migrations ran.', category: null, purpose: '', basis: 'legitimate-interest', retention: 'for as long as the service runs', views: [],
    erasure: { effect: 'nothing', says: 'nobody\'s data' },
    columns: { id: plain('a migration file name'), applied_at: plain('when it ran') },
  },
};

/** A column's entry with its table's defaults filled in; undefined for columns that hold nobody's data. */
export function resolveColumn(table: string, column: string): ResolvedColumn | undefined {
  const t = inventory[table];
  const c: ColumnEntry | undefined = t?.columns[column];
  if (!t || !c || !c.personal) return undefined;
  return {
    table, column, holds: c.holds, from: c.from,
    purpose: c.purpose ?? t.purpose, basis: c.basis ?? t.basis, retention: c.retention ?? t.retention,
    exported: c.export === true, exportNote: c.export === true ? (c.file ? `as files in ${c.file.dir}/` : 'yes') : c.export.no,
    erasure: c.erasure ?? t.erasure.effect,
  };
}

/** Every personal column, resolved. */
export function listPersonalColumns(): ResolvedColumn[] {
  return Object.entries(inventory).flatMap(([table, t]) => Object.keys(t.columns).map((column) => resolveColumn(table, column)).filter((c): c is ResolvedColumn => c !== undefined));
}
