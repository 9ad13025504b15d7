export { describeIssue, issueCatalogues, type DescribedIssue } from './describe-issue';
export { describeSubject, type IssueSubject } from './element-subject';
export { issueLanguages, pickIssueLanguage, type IssueLanguage } from './issue-language';
export type { IssueCatalogue, IssueText } from './issue-catalogue';
