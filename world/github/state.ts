/**
 * What the stub remembers about the one repository it serves: comments (keyed to their
 * issue or pull request) and the pull requests tests seed.
 */
import {
  buildComment,
  buildPullRequest,
  githubTimestamp,
  type GitHubUser,
  type Hosts,
  type IssueComment,
  type PullRequest
} from './resources.js';

export interface SeedPullRequest {
  number: number;
  headSha: string;
  state?: 'open' | 'closed';
  headRef?: string;
  baseRef?: string;
  /** owner/name of the head repository; set it to another owner to model a pull request from a fork. */
  headRepository?: string;
}

/** The state of the one repository the stub serves. */
export class RepositoryState {
  readonly comments: IssueComment[] = [];
  readonly commentIssue = new Map<number, number>();
  readonly pulls: PullRequest[] = [];
  private nextCommentId = 2_000_000_001;
  private nextPullId = 1_500_000_001;

  constructor(
    readonly repository: string,
    readonly hosts: Hosts,
    private readonly now: () => Date
  ) {}

  addComment(issueNumber: number, body: string, user: GitHubUser): IssueComment {
    const comment = buildComment(this.hosts, {
      id: this.nextCommentId++,
      repository: this.repository,
      issueNumber,
      isPullRequest: this.pulls.some(pull => pull.number === issueNumber),
      body,
      user,
      now: this.now()
    });
    this.comments.push(comment);
    this.commentIssue.set(comment.id, issueNumber);
    return comment;
  }

  commentsOn(issueNumber: number): IssueComment[] {
    return this.comments.filter(comment => this.commentIssue.get(comment.id) === issueNumber);
  }

  touch(comment: IssueComment, body: string): void {
    comment.body = body;
    comment.updated_at = githubTimestamp(this.now());
  }

  addPullRequest(seed: SeedPullRequest): PullRequest {
    const pull = buildPullRequest(this.hosts, {
      id: this.nextPullId++,
      number: seed.number,
      state: seed.state ?? 'open',
      headSha: seed.headSha,
      headRef: seed.headRef ?? `feature-${seed.number}`,
      baseRef: seed.baseRef ?? 'main',
      headRepository: seed.headRepository ?? this.repository,
      repository: this.repository
    });
    this.pulls.push(pull);
    return pull;
  }
}
