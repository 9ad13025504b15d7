/**
 * The privacy policy versions this server ships, as data. A released version never changes: the
 * server refuses to start if the text below differs from the one already in the database (see
 * ensureShippedPolicies). To change the policy, add a new version: x.(y+1) for a minor change
 * (a notice), (x+1).0 for a major one (everyone accepts it again before consent-based features
 * work). The text uses `# ` for headings and blank lines between paragraphs.
 */
export interface ShippedPolicy {
  readonly version: string;
  readonly releasedAt: string;
  readonly effectiveAt: string;
  readonly updatedAt: string;
  readonly title: string;
  /** What changed since the version before (for the first version: what this document is). */
  readonly summary: string;
  readonly body: string;
}

const VERSION_1_0 = `# Who we are and what this covers

This policy explains what the Inkless label platform learns about you when you use this site, why, for how long, and what you can do about it. It covers the website, the label studio and the API. Designing and printing labels does not need an account, and the studio sends nothing about your labels to us unless you save them to your account.

We keep as little as we can, we show you what we keep, and we ask before we do anything that is not needed to run the service.

# What you give us

To open an account you give an email address, a password and the name you want to be called. We store the password only as a salted one-way hash (argon2id): nobody, including us, can read it back. If you turn on two-factor sign-in we keep the secret your authenticator app shares with us.

Templates you save stay private unless you choose to make them unlisted or public. What you publish in the gallery, and the reviews you write, are visible to others because you chose to publish them.

We do not buy personal data about you, and we do not receive it from other companies.

# What we record when you use the site

For every request we keep an access log entry: the time, your account if you are signed in, which kind of page or API call it was (never the search words or other values in the address), whether it worked, the network you came from cut to its first three parts (IPv4 /24, IPv6 /48), your browser family, operating system family, kind of device and preferred language. We use it to keep the service running and to look into abuse. It is deleted after 90 days.

When you sign in, fail to sign in, reset or change your password, or turn two-factor sign-in on or off, we keep a security log entry with your full network address and browser family, so that you and we can spot someone else using your account. It is deleted after 30 days.

You can see both logs for your own account in your privacy settings.

If you allow preferences, we remember which templates you opened recently so the studio can offer them again. Without that choice nothing is recorded, and withdrawing it deletes the list. Entries are deleted after 90 days.

Words you type into search are used to answer the search and are not kept with your account.

# What we never do

We do not sell, rent or trade your personal data, and we do not let anyone else collect it through our site. There are no advertising or analytics cookies and no tracking pixels in our emails.

# When data leaves us

We pass personal data to someone else only in these cases:

- you asked us to, for a named partner, and have not withdrawn that choice;
- a provider needs it to carry out something you asked for (for example, delivering an email). Providers may use it for that task only and lose access when the task ends;
- a court or public authority requires it by law;
- it is needed to deal with a breach of the law or of our rules;
- a rights holder has made a proper intellectual-property complaint about something you published and needs to reach you to resolve it.

# News by email

We send news about Inkless only if you turned it on yourself. It is off when you sign up, and accepting this policy never turns it on. Every such email has a link that stops further news with one click, without signing in. Sharing your data with a partner so that they can write to you needs a separate yes for that partner.

# Cookies

We use a small number of cookies, listed with their purpose and lifetime on the cookie page (/privacy/cookies).

Strictly necessary cookies keep you signed in and remember your cookie choice. Without them signing in does not work, but you can still design and print labels.

Preference cookies remember settings such as your language. We set them only if you allow preferences, and we clear them when you refuse.

# Where data is kept

Your data is stored on the servers of whoever operates this Inkless site. If they use servers in another country, the operator names it on this page.

# Keeping your account safe

We use salted one-way password hashing, limits on wrong passwords, optional two-factor sign-in and a list of your active sessions that you can end. No system is perfectly secure. If you think someone knows your password, reset it, end your other sessions, and tell us through the support page so that we can secure the account.

# Your choices

In your privacy settings you can read this policy and its earlier versions, see your access and security logs, and change each consent. Withdrawing a consent is as easy as giving it, and takes effect at once.

# How this policy changes

Every version has a number, a release date, an effective date and an update date, and keeps a short summary of what changed. Earlier versions and the differences between versions stay public on /privacy.

A minor change (1.0 to 1.1) is announced with a notice on the site. A major change (1.x to 2.0) is announced on the site before it takes effect, and when it does, we ask you to read and accept it at your next sign-in before features that rely on your consent work again.
`;

/**
 * 1.1: the access log may name the template a request was about (a notice, not a new consent: the
 * log, its purpose and its 90 days are unchanged; the name is looked up when you read your own
 * history, and shown only while you may still see that template).
 */
const VERSION_1_1 = VERSION_1_0.replace(`which kind of page or API call it was (never the search words or other values in the address), `, `which kind of page or API call it was (never the search words or other values in the address, except which of your templates a request was about, so your access history can say "Opened template 'Jar label'"), `);

/** Every shipped version, oldest first. */
export const shippedPolicies: readonly ShippedPolicy[] = [
  {
    version: '1.0',
    releasedAt: '2026-05-04T00:00:00Z',
    effectiveAt: '2026-05-18T00:00:00Z',
    updatedAt: '2026-05-04T00:00:00Z',
    title: 'Inkless privacy policy',
    summary: 'The first version: what we record, for how long, when data leaves us, cookies, news by email, and how the policy changes.',
    body: VERSION_1_0,
  },
  {
    version: '1.1',
    releasedAt: '2026-12-03T00:00:00Z',
    effectiveAt: '2026-12-03T00:00:00Z',
    updatedAt: '2026-12-03T00:00:00Z',
    title: 'Inkless privacy policy',
    summary: 'The access log may now note which of your templates a request was about, so your access history can name the template ("Opened template \'Jar label\'"); nothing else changes.',
    body: VERSION_1_1,
  },
];
