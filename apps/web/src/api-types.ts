// Generated from the API's OpenAPI document by `npm run api-types`: do not edit by hand.
export interface paths {
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PasswordController_change'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** list, filter, sort and page the items the caller may see */
    get: operations['ItemsController_list'];
    put?: never;
    /** create a draft item */
    post: operations['ItemsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** one item, with the actions the caller may take now and its delay attribution */
    get: operations['ItemsController_get'];
    put?: never;
    post?: never;
    /** delete a draft */
    delete: operations['ItemsController_remove'];
    options?: never;
    head?: never;
    /** edit a draft */
    patch: operations['ItemsController_update'];
    trace?: never;
  };
  '/api/items/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** every event, reminder and escalation, oldest first, naming who acted or the rule that fired */
    get: operations['ItemsController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/progress-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** the progress reports, newest first, each with its files of evidence */
    get: operations['ItemsController_progressReports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** draft → assigned: starts the item's workflow (allowPast records a past item, 补录) */
    post: operations['ItemCommandsController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/repair': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** the admin writes again the item's changes that the database refused (its attention); those that land are marked repaired */
    post: operations['ItemCommandsController_repair'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** the lead unit signs for the item (签收): assigned → in_progress */
    post: operations['ItemCommandsController_acknowledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** a progress report from a handler of the lead or a cooperating unit */
    post: operations['ItemCommandsController_progress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** the lead unit requests completion: in_progress → awaiting_signoff */
    post: operations['ItemCommandsController_completion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/signoff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** the lead unit's head signs off (→ under_review) or returns it (→ in_progress) */
    post: operations['ItemCommandsController_signoff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** the office approves (→ closed) or returns it (→ in_progress) */
    post: operations['ItemCommandsController_review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/confirmations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** the lead unit asks a cooperating unit to confirm its part (配合单位确认); the wait is charged to that unit */
    post: operations['ItemCommandsController_requestConfirmation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/confirmations/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** a cooperating unit's handler or head confirms what its unit was asked */
    post: operations['ItemCommandsController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/extensions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** the lead unit requests a later deadline (延期申请) */
    post: operations['ItemCommandsController_requestExtension'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/extensions/{extensionId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** the office approves (the deadline moves) or rejects an extension request */
    post: operations['ItemCommandsController_decideExtension'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/reassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** the office hands the item to another lead unit (转办); it is acknowledged afresh */
    post: operations['ItemCommandsController_reassign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/deadline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** the office changes the deadline (earlier or later) with a reason; every timer re-plans */
    post: operations['ItemCommandsController_changeDeadline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** the office suspends the item (暂缓): its clocks stand still */
    post: operations['ItemCommandsController_suspend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** the office resumes a suspended item; its deadline moves by the time suspended */
    post: operations['ItemCommandsController_resume'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** the office cancels the item (撤销) with a reason */
    post: operations['ItemCommandsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/rating': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** the office rates a closed item (成效评价) */
    post: operations['ItemCommandsController_rate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InboxController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['InboxController_markRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inbox/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['InboxController_markAllRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PoliciesController_list'];
    put?: never;
    post: operations['PoliciesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/policies/migration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PoliciesController_migrate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CalendarController_get'];
    put: operations['CalendarController_put'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UnitsController_list'];
    put?: never;
    post: operations['UnitsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/units/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['UnitsController_update'];
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MeController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_list'];
    put?: never;
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/leaders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_leaders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/users/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['UsersController_unlock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/temporal-codec/decode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decode payloads for the Temporal Web UI */
    post: operations['TemporalCodecController_decode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/temporal-codec/encode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refused: only the API encodes payloads, so commands go through the API */
    post: operations['TemporalCodecController_encode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/anchors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_anchors'];
    put?: never;
    post: operations['AuditController_anchor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delegations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** the delegations of the caller's unit (an admin: every unit's), newest first */
    get: operations['DelegationsController_list'];
    put?: never;
    /** a unit head delegates its sign-off to a colleague of its unit for a period (an admin for a unit head) */
    post: operations['DelegationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delegations/colleagues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** who a delegation may name: a unit head's active colleagues; an admin: every active user, heads marked */
    get: operations['DelegationsController_colleagues'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delegations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** revoke a delegation: it ends now (kept for the record) */
    delete: operations['DelegationsController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** an item's evidence files, oldest first */
    get: operations['AttachmentsController_list'];
    put?: never;
    /**
     * upload evidence files (佐证材料) to an item
     * @description The office at any time; a handler of the lead or a cooperating unit while the item is in progress. Each file is checked by its content (not its name or the content type sent) against FILES_ALLOWED_TYPES and FILES_MAX_BYTES, and stored once by its SHA-256: uploading the same bytes again (a retry) answers the same attachment. A progress report or a completion request then cites the ids it answers. Refusals: 400 no files in the field "files" or a malformed body; 403 a caller who may not add evidence; 404 an item the caller may not see; 409 a unit outside in_progress; 413 a file over FILES_MAX_BYTES (named) or more than 10 files; 415 a file whose content is not an allowed type or not what its name claims (the type found is named); 503 the file store is not reachable. A refused request attaches nothing.
     */
    post: operations['AttachmentsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * download an evidence file under its original name
     * @description For whoever may see its item (as GET /api/items/{id}); anyone else gets 404.
     */
    get: operations['AttachmentsController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * import a work plan (xlsx or csv) as draft items: a dry run (the default) says what would be created
     * @description Units by name or alias (各街道 expands to the units of that kind), leaders by name or title, deadlines and cadences as plans write them, a deadline on a day off as the current policy's deadlineOnDayOff says. All rows become drafts in one transaction, or none. 200 the dry run (or 201 the import) with every row; 400 no file or a bad field; 403 not the office; 409 the same content imported before (named) without confirmDuplicate=true; 413 larger than PLAN_IMPORT_MAX_BYTES; 415 not a spreadsheet; 422 the plan has errors, every one listed by row and column (zh and en), nothing created.
     */
    post: operations['importPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/items/import/marked-up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * the uploaded plan with its bad cells marked (red error, yellow warning) and commented, as xlsx
     * @description The same reading as the import; a csv comes back as xlsx. 400 no file or a bad field; 403 not the office; 413 larger than PLAN_IMPORT_MAX_BYTES; 415 not a spreadsheet; 422 empty, too large to be a plan, or no values (nothing to mark).
     */
    post: operations['markUpPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** totals and per-unit figures, colours per unit, overdue items over time and the delay attribution */
    get: operations['DashboardController_figures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bulletins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** the bulletins, the latest cut-off first */
    get: operations['BulletinsController_list'];
    put?: never;
    /** make the bulletin of a cut-off now (the same cut-off gives the bulletin made for it) */
    post: operations['BulletinsController_make'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bulletins/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['BulletinsController_one'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bulletins/{id}/xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** the bulletin as a spreadsheet */
    get: operations['BulletinsController_xlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bulletins/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** the bulletin as a printable PDF in the layout of an official 通报 */
    get: operations['BulletinsController_pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bulletins/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** the bulletin as xlsx or PDF, by format: the same files as /xlsx and /pdf */
    get: operations['BulletinsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bulletins/{id}/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** recompute the bulletin from the record for its cut-off and list the differences */
    get: operations['BulletinsController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    LoginDto: {
      /** @example office */
      username: string;
      /** Format: password */
      password: string;
    };
    TokenPairView: {
      /** @description send as Authorization: Bearer <accessToken> */
      accessToken: string;
      /** @enum {string} */
      tokenType: 'Bearer';
      /** @description seconds the access token lives */
      expiresIn: number;
      /** @description good for one POST /api/auth/refresh, which hands out the next one */
      refreshToken: string;
      /**
       * Format: date-time
       * @description when the session ends however often it is refreshed
       */
      sessionExpiresAt: string;
    };
    ApiErrorView: {
      /** @example 409 */
      statusCode: number;
      /** @example Conflict */
      error: string;
      /** @description what is wrong, naming the field; several messages for several fields */
      message: string | string[];
    };
    RefreshDto: {
      /** @description the refresh token; a browser may send the duban_refresh cookie instead */
      refreshToken?: string;
    };
    ChangePasswordDto: {
      /** Format: password */
      currentPassword: string;
      /**
       * Format: password
       * @description at least 12 characters, not containing the username, not a common password
       */
      newPassword: string;
    };
    UnitRefView: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    UserRefView: {
      /** Format: uuid */
      id: string;
      displayName: string;
    };
    ReportingCadenceView: {
      /** @enum {string} */
      kind: 'workdays' | 'monthly' | 'interval' | 'weekly' | 'semimonthly' | 'month_end' | 'quarterly';
      every?: number;
      day?: number;
      /** @description 1 Monday … 7 Sunday */
      weekday?: number;
      /** @example PT5M */
      duration?: string;
    };
    MilestoneView: {
      /** Format: uuid */
      id: string;
      title: string;
      /** Format: date */
      deadline: string;
      targetValue: number | null;
      valueUnit: string | null;
      actualValue: number | null;
    };
    ExtensionView: {
      /** Format: uuid */
      id: string;
      /** Format: date */
      previousDeadline: string;
      /** Format: date */
      requestedDeadline: string;
      reason: string;
      /** Format: uuid */
      requestedBy: string;
      /** Format: date-time */
      requestedAt: string;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected';
    };
    ExtensionToDecideView: {
      /** Format: uuid */
      id: string;
      /** Format: date */
      requestedDeadline: string;
      /** @description false once the requested day has passed: it can only be rejected */
      approvable: boolean;
    };
    ActionView: {
      /**
       * @description a command route, or edit and delete of a draft
       * @enum {string}
       */
      type:
        | 'edit'
        | 'delete'
        | 'publish'
        | 'acknowledge'
        | 'report_progress'
        | 'request_completion'
        | 'signoff'
        | 'review'
        | 'request_extension'
        | 'decide_extension'
        | 'request_confirmation'
        | 'confirm'
        | 'reassign'
        | 'change_deadline'
        | 'suspend'
        | 'resume'
        | 'cancel'
        | 'rate';
      /**
       * @description the reason or comment it asks for; to_return: required only when sending the item back
       * @enum {string}
       */
      reason: 'required' | 'optional' | 'none' | 'to_return';
      /** @description decide_extension: the request to decide */
      extension?: components['schemas']['ExtensionToDecideView'];
      /** @description request_confirmation: the cooperating units that may be asked */
      unitIds?: string[];
      /**
       * Format: date
       * @description request_extension, change_deadline: the new deadline must come after this date
       */
      after?: string;
      /** @description publish: the deadline has passed; only allowPast (补录) will publish it */
      pastDeadline?: boolean;
    };
    DelayShareView: {
      /** @enum {string} */
      party: 'lead_unit' | 'cooperating_unit' | 'unit_head' | 'office' | 'suspended' | 'extension_granted';
      /**
       * Format: uuid
       * @description the cooperating unit, for days its confirmation was awaited
       */
      unitId?: string;
      workdays: number;
      /** @description the late workdays this party held */
      dates: string[];
    };
    ItemView: {
      /** Format: uuid */
      id: string;
      title: string;
      content: string;
      /** @enum {string} */
      category: '重点工作' | '民生实事' | '重大项目' | '领导批示' | '会议议定事项' | '安全隐患整改';
      source: string | null;
      /** @enum {string} */
      priority: 'normal' | 'high' | 'urgent';
      /** @enum {string} */
      status:
        | 'draft'
        | 'assigned'
        | 'in_progress'
        | 'awaiting_signoff'
        | 'under_review'
        | 'closed'
        | 'suspended'
        | 'cancelled';
      /** @enum {string} */
      colour: 'green' | 'yellow' | 'orange' | 'red';
      /** @description 0 none; 1 unit head and office; 2 supervising leader; 3 leadership */
      escalationLevel: number;
      progressPercent: number;
      /** Format: date */
      deadline: string;
      /**
       * Format: date-time
       * @description an exact time on the deadline day, when one was given; else the deadline is the end of its day
       */
      deadlineAt: string | null;
      /**
       * Format: date-time
       * @description when the deadline falls due (+08:00), moved by suspensions
       */
      dueAt: string;
      /** @description workdays until the deadline by the business calendar (0: due today), negative once late; null when not running */
      workdaysLeft: number | null;
      leadUnit: components['schemas']['UnitRefView'];
      cooperatingUnits: components['schemas']['UnitRefView'][];
      supervisingLeader: components['schemas']['UserRefView'] | null;
      /** @description the leader as the plan named them, when no user matched */
      supervisingLeaderText: string | null;
      reportingCadence: components['schemas']['ReportingCadenceView'] | null;
      milestones: components['schemas']['MilestoneView'][];
      pendingExtension: components['schemas']['ExtensionView'] | null;
      /** @description cooperating units whose confirmation the lead unit awaits */
      awaitingConfirmation: string[];
      /** Format: date-time */
      signedOffAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
      /** @enum {string|null} */
      ratingGrade: 'excellent' | 'good' | 'fair' | 'poor' | null;
      ratingComment: string | null;
      /** @description the escalation policy version the item runs under */
      policyVersion: number | null;
      /** @description the business calendar revision it was published under */
      calendarRevision: number | null;
      /** @description the deadline was computed from a year without calendar data (Monday–Friday) */
      calendarFallback: boolean;
      /** @description why the item is at overdue risk (orange) */
      risk: ('milestone_late' | 'progress_trails' | 'no_report' | 'extension_pending')[];
      /** @description a change of the workflow the database refused: an admin repairs it (POST /items/{id}/repair) */
      attention: string | null;
      /** @description what the caller may do with the item now */
      actions: components['schemas']['ActionView'][];
      /** @description GET /items/{id} only: who held the late item for each late workday (责任倒查) */
      delayAttribution?: components['schemas']['DelayShareView'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ItemPageView: {
      items: components['schemas']['ItemView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    DelegatorView: {
      /** Format: uuid */
      userId: string;
      displayName: string;
    };
    EventActorView: {
      /** Format: uuid */
      userId: string;
      displayName: string;
      /** Format: uuid */
      unitId: string | null;
      unitName: string | null;
      /**
       * @description the role the person acted in (null for entries kept before roles were recorded)
       * @enum {string|null}
       */
      role: 'admin' | 'office' | 'leader' | 'leadership' | 'handler' | 'unit_head' | null;
      /** @description whose authority the person acted on (a unit head's delegated sign-off, 代签); null when its own */
      onBehalfOf?: components['schemas']['DelegatorView'] | null;
    };
    TimelineEventView: {
      /** @enum {string} */
      type:
        | 'created'
        | 'edited'
        | 'deleted'
        | 'published'
        | 'acknowledged'
        | 'progress_reported'
        | 'completion_requested'
        | 'signed_off'
        | 'returned_by_unit_head'
        | 'closed'
        | 'returned_by_office'
        | 'extension_requested'
        | 'extension_approved'
        | 'extension_rejected'
        | 'confirmation_requested'
        | 'confirmed'
        | 'reassigned'
        | 'suspended'
        | 'resumed'
        | 'cancelled'
        | 'rated'
        | 'deadline_changed'
        | 'policy_migrated'
        | 'warned'
        | 'escalated'
        | 'report_reminded'
        | 'deadline_passed'
        | 'risk_found'
        | 'risk_cleared'
        | 'colour_changed';
      /** Format: date-time */
      at: string;
      /** @description who acted; null when the escalation chain did */
      actor: components['schemas']['EventActorView'] | null;
      /** @description the chain's rule that acted: a policy rule's key such as after_deadline:3wd, or risk_assessment */
      rule: string | null;
      /** @enum {string} */
      fromStatus:
        | 'draft'
        | 'assigned'
        | 'in_progress'
        | 'awaiting_signoff'
        | 'under_review'
        | 'closed'
        | 'suspended'
        | 'cancelled';
      /** @enum {string} */
      toStatus:
        | 'draft'
        | 'assigned'
        | 'in_progress'
        | 'awaiting_signoff'
        | 'under_review'
        | 'closed'
        | 'suspended'
        | 'cancelled';
      comment: string | null;
      /** @description the event's own data, by its type */
      data: {
        [key: string]: unknown;
      };
    };
    MilestoneValueView: {
      /** Format: uuid */
      milestoneId: string;
      value: number;
    };
    EvidenceFileView: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @description bytes */
      size: number;
      /** @description SHA-256 in hex: the file on the record */
      sha256: string;
      /** @example /api/attachments/… */
      downloadUrl: string;
    };
    ProgressReportView: {
      /** Format: uuid */
      id: string;
      unit: components['schemas']['UnitRefView'];
      reporter: components['schemas']['UserRefView'];
      text: string;
      percent: number;
      milestoneValues: components['schemas']['MilestoneValueView'][];
      attachments: components['schemas']['EvidenceFileView'][];
      /** Format: date-time */
      reportedAt: string;
    };
    ReportingCadenceDto: {
      /**
       * @description every N workdays, monthly by a day of the month, an exact ISO 8601 interval (demos, tests), weekly on a weekday, twice a month (半月报), at each month end, at each quarter end
       * @enum {string}
       */
      kind: 'workdays' | 'monthly' | 'interval' | 'weekly' | 'semimonthly' | 'month_end' | 'quarterly';
      /** @description with kind=workdays */
      every?: number;
      /** @description with kind=monthly: the report is due by this day */
      day?: number;
      /** @description with kind=weekly: 1 Monday … 7 Sunday */
      weekday?: number;
      /**
       * @description with kind=interval: an ISO 8601 duration in weeks, days, hours, minutes or seconds
       * @example PT5M
       */
      duration?: string;
    };
    MilestoneDto: {
      /** @example 完成一季度投资 30 亿元 */
      title: string;
      /**
       * Format: date
       * @description on or before the item's deadline
       * @example 2024-03-31
       */
      deadline: string;
      /** @example 30 */
      targetValue?: number;
      /** @example 亿元 */
      valueUnit?: string;
    };
    CreateItemDto: {
      /**
       * @description 重点任务
       * @example 一季度固定资产投资实现“开门红”
       */
      title: string;
      /** @description 具体措施 */
      content?: string;
      /** @enum {string} */
      category: '重点工作' | '民生实事' | '重大项目' | '领导批示' | '会议议定事项' | '安全隐患整改';
      /** @example 2024年第2次工委会议（2024-01-12） */
      source?: string;
      /**
       * @default normal
       * @enum {string}
       */
      priority: 'normal' | 'high' | 'urgent';
      /**
       * Format: uuid
       * @description 牵头单位
       */
      leadUnitId: string;
      /** @description 配合单位 */
      cooperatingUnitIds?: string[];
      /**
       * Format: uuid
       * @description 责任领导 (a user with the leader role)
       */
      supervisingLeaderId?: string;
      /**
       * @description 责任领导 as the plan names them, when no user is chosen (a plan import keeps it for the office to settle)
       * @example 分管副主任
       */
      supervisingLeaderText?: string;
      /**
       * Format: date
       * @description 完成时限: the end of this day in Asia/Shanghai
       * @example 2024-03-31
       */
      deadline: string;
      /**
       * Format: date-time
       * @description an exact time on the deadline day instead of its end (a demo ladder in minutes, a meeting-set hour)
       * @example 2024-03-31T17:30:00+08:00
       */
      deadlineAt?: string;
      reportingCadence?: components['schemas']['ReportingCadenceDto'];
      milestones?: components['schemas']['MilestoneDto'][];
    };
    UpdateItemDto: {
      /**
       * @description 重点任务
       * @example 一季度固定资产投资实现“开门红”
       */
      title?: string;
      /** @description 具体措施 */
      content?: string;
      /** @enum {string} */
      category?: '重点工作' | '民生实事' | '重大项目' | '领导批示' | '会议议定事项' | '安全隐患整改';
      /** @example 2024年第2次工委会议（2024-01-12） */
      source?: string;
      /**
       * @default normal
       * @enum {string}
       */
      priority: 'normal' | 'high' | 'urgent';
      /**
       * Format: uuid
       * @description 牵头单位
       */
      leadUnitId?: string;
      /** @description 配合单位 */
      cooperatingUnitIds?: string[];
      /**
       * Format: uuid
       * @description 责任领导 (a user with the leader role)
       */
      supervisingLeaderId?: string;
      /**
       * @description 责任领导 as the plan names them, when no user is chosen (a plan import keeps it for the office to settle)
       * @example 分管副主任
       */
      supervisingLeaderText?: string;
      /**
       * Format: date
       * @description 完成时限: the end of this day in Asia/Shanghai
       * @example 2024-03-31
       */
      deadline?: string;
      /**
       * Format: date-time
       * @description an exact time on the deadline day instead of its end (a demo ladder in minutes, a meeting-set hour)
       * @example 2024-03-31T17:30:00+08:00
       */
      deadlineAt?: string;
      reportingCadence?: components['schemas']['ReportingCadenceDto'];
      milestones?: components['schemas']['MilestoneDto'][];
    };
    PublishDto: {
      /**
       * @description record a past item after the fact (补录): a deadline that has passed is accepted, and the item stands at the escalation level it has reached without sending the warnings and escalations whose moment has passed
       * @default false
       */
      allowPast: boolean;
    };
    RepairOutcomeView: {
      /** @description the workflow state version of the change */
      version: number;
      eventType: string;
      repaired: boolean;
      /** @description why it still cannot be written */
      error: string | null;
    };
    CommentDto: {
      comment?: string;
    };
    MilestoneValueDto: {
      /** Format: uuid */
      milestoneId: string;
      /** @example 12.5 */
      value: number;
    };
    ProgressReportDto: {
      /** @description what was done */
      text: string;
      percent: number;
      milestoneValues?: components['schemas']['MilestoneValueDto'][];
      /** @description files of evidence (佐证材料) uploaded to the item first (POST /items/{id}/attachments) */
      attachmentIds?: string[];
    };
    CompletionDto: {
      /** @description the result summary */
      summary: string;
      /** @description evidence: links or references to attachments */
      evidence?: string[];
      /** @description files of evidence (佐证材料) uploaded to the item first (POST /items/{id}/attachments) */
      attachmentIds?: string[];
    };
    DecisionDto: {
      /** @enum {string} */
      decision: 'approve' | 'return';
      /** @description required when returning: the reason */
      comment?: string;
    };
    ConfirmationRequestDto: {
      /**
       * Format: uuid
       * @description a cooperating unit of the item
       */
      unitId: string;
      /** @description what the cooperating unit is to confirm */
      note: string;
    };
    ExtensionRequestDto: {
      /**
       * Format: date
       * @example 2024-04-30
       */
      requestedDeadline: string;
      reason: string;
    };
    ExtensionDecisionDto: {
      /** @enum {string} */
      decision: 'approve' | 'reject';
      comment?: string;
    };
    ReassignDto: {
      /** Format: uuid */
      leadUnitId: string;
      cooperatingUnitIds?: string[];
      reason: string;
    };
    DeadlineChangeDto: {
      /**
       * Format: date
       * @description the new deadline: earlier or later
       * @example 2024-05-15
       */
      deadline: string;
      /** @description why: kept on the record */
      reason: string;
    };
    ReasonDto: {
      /** @description why: kept on the record */
      reason: string;
    };
    OptionalReasonDto: {
      reason?: string;
    };
    RatingDto: {
      /**
       * @description 成效评价
       * @enum {string}
       */
      grade: 'excellent' | 'good' | 'fair' | 'poor';
      comment?: string;
    };
    InboxMessageView: {
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description null for a bulletin's notice
       */
      itemId: string | null;
      /**
       * Format: uuid
       * @description the bulletin a notice announces
       */
      bulletinId: string | null;
      /** @description item, rule and occurrence: one message per firing */
      messageKey: string;
      trigger: string;
      level: number;
      colour: string | null;
      subject: string;
      text: string;
      link: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      readAt: string | null;
    };
    TodoView: {
      /** Format: uuid */
      itemId: string;
      title: string;
      /**
       * @description what the caller is to do next
       * @enum {string}
       */
      action: 'acknowledge' | 'report_or_complete' | 'confirm' | 'sign_off' | 'review' | 'decide_extension';
      /** Format: date */
      deadline: string;
      /** @enum {string} */
      colour: 'green' | 'yellow' | 'orange' | 'red';
      /** @description report_or_complete: sent back to the unit (by its head or the office) since it last asked to complete */
      returned: boolean;
      /**
       * Format: date-time
       * @description report_or_complete: when the next progress report falls due by the cadence, a cadence after the last report or the acknowledgement; null without a cadence
       */
      reportDueAt: string | null;
    };
    InboxPageView: {
      messages: components['schemas']['InboxMessageView'][];
      /** @description items waiting for the caller, most urgent first */
      todos: components['schemas']['TodoView'][];
      total: number;
      unread: number;
      page: number;
      pageSize: number;
    };
    RuleOffsetView: {
      workdays?: number;
      duration?: string;
    };
    PolicyRuleView: {
      /** @enum {string} */
      trigger: 'before_deadline' | 'after_deadline' | 'missed_report' | 'milestone_deadline' | 'risk';
      offset: components['schemas']['RuleOffsetView'];
      /** @enum {string|null} */
      colour: 'green' | 'yellow' | 'orange' | 'red' | null;
      level: number;
      recipients: ('handler' | 'unit_head' | 'office' | 'supervising_leader' | 'leadership')[];
      bulletin: boolean;
    };
    PolicyView: {
      version: number;
      name: string;
      riskMarginPoints: number;
      workdayDeadlinesOnly: boolean;
      /** @enum {string} */
      deadlineOnDayOff: 'previous_workday' | 'refuse' | 'allow';
      rules: components['schemas']['PolicyRuleView'][];
    };
    RuleOffsetDto: {
      /**
       * @description workdays by the business calendar; or give duration
       * @example 5
       */
      workdays?: number;
      /**
       * @description an exact ISO 8601 duration instead of workdays
       * @example PT10M
       */
      duration?: string;
    };
    PolicyRuleDto: {
      /** @enum {string} */
      trigger: 'before_deadline' | 'after_deadline' | 'missed_report' | 'milestone_deadline' | 'risk';
      /** @description before or after the trigger's moment (the deadline, the report due, the milestone, the risk finding) */
      offset: components['schemas']['RuleOffsetDto'];
      /**
       * @description the colour the item takes; null for a plain reminder
       * @enum {string|null}
       */
      colour: 'green' | 'yellow' | 'orange' | 'red' | null;
      /** @description escalation level reached; 0 for a warning or reminder */
      level: number;
      recipients: ('handler' | 'unit_head' | 'office' | 'supervising_leader' | 'leadership')[];
      /**
       * @description the item goes into the next bulletin (督查通报)
       * @default false
       */
      bulletin: boolean;
    };
    CreatePolicyDto: {
      /** @example 2027 年督办规则 */
      name: string;
      /**
       * @description overdue risk: progress may trail the elapsed share of workdays by this many points
       * @default 25
       */
      riskMarginPoints: number;
      /**
       * @description deadlines must fall on workdays of the business calendar (else 422)
       * @default false
       */
      workdayDeadlinesOnly: boolean;
      /**
       * @description an imported plan's deadline on a day off: moved to the workday before, refused (the row is an error), or kept (not with workdayDeadlinesOnly)
       * @default previous_workday
       * @enum {string}
       */
      deadlineOnDayOff: 'previous_workday' | 'refuse' | 'allow';
      rules: components['schemas']['PolicyRuleDto'][];
    };
    PolicyMigrationDto: {
      /** @description the policy version to move the open items to (they also take the current calendar) */
      policyVersion: number;
      /**
       * @description only say what would change
       * @default true
       */
      dryRun: boolean;
    };
    PinsView: {
      policyVersion: number;
      calendarRevision: number;
      /** @enum {string} */
      colour: 'green' | 'yellow' | 'orange' | 'red';
      escalationLevel: number;
      /** Format: date-time */
      dueAt: string;
      /** Format: date-time */
      nextFiringAt: string | null;
    };
    MigrationChangeView: {
      /** Format: uuid */
      itemId: string;
      title: string;
      from: components['schemas']['PinsView'];
      to: components['schemas']['PinsView'];
      /** @description rules that would fire at once on moving */
      firesAtOnce: string[];
      changesColour: boolean;
      changesLevel: boolean;
      changesDeadline: boolean;
      /** @enum {string} */
      outcome: 'previewed' | 'migrated' | 'failed';
      /** @description why the item could not be moved */
      error?: string;
    };
    CalendarYearView: {
      /** @example 2027 */
      year: number;
      holidays: string[];
      adjustedWorkdays: string[];
      /**
       * @description fallback: no data, Monday–Friday, and deadlines computed from it are flagged
       * @enum {string}
       */
      source: 'package' | 'office' | 'fallback';
      /** @description the calendar revision; items pin the revision they were published under */
      revision: number;
    };
    PutCalendarYearDto: {
      /**
       * @description days off (法定节假日); with adjustedWorkdays, instead of ics
       * @example [
       *       "2027-02-06",
       *       "2027-02-07"
       *     ]
       */
      holidays?: string[];
      /**
       * @description weekend days worked in lieu (调休上班)
       * @example [
       *       "2027-02-20"
       *     ]
       */
      adjustedWorkdays?: string[];
      /** @description the contents of an iCalendar (.ics) file instead: all-day events are days off, those whose summary has 班 are worked */
      ics?: string;
    };
    UnitView: {
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      parentId: string | null;
      /** @description e.g. 街道, 部门 */
      kind: string | null;
      aliases: string[];
    };
    CreateUnitDto: {
      /** @example 经济发展局 */
      name: string;
      /**
       * Format: uuid
       * @description the parent unit; none for a root
       */
      parentId?: string | null;
      /**
       * @description the kind of unit (街道, 部门, …): a plan's "各街道" names every unit of the kind
       * @example 街道
       */
      kind?: string | null;
      /**
       * @description other names plans use for the unit
       * @example [
       *       "经发局"
       *     ]
       */
      aliases?: string[];
    };
    UpdateUnitDto: {
      /** @example 经济发展局 */
      name?: string;
      /**
       * Format: uuid
       * @description the parent unit; none for a root
       */
      parentId?: string | null;
      /**
       * @description the kind of unit (街道, 部门, …): a plan's "各街道" names every unit of the kind
       * @example 街道
       */
      kind?: string | null;
      /**
       * @description other names plans use for the unit
       * @example [
       *       "经发局"
       *     ]
       */
      aliases?: string[];
    };
    MeView: {
      /** Format: uuid */
      id: string;
      username: string;
      displayName: string;
      unit: components['schemas']['UnitView'];
      roles: ('admin' | 'office' | 'leader' | 'leadership' | 'handler' | 'unit_head')[];
    };
    UserView: {
      /** Format: uuid */
      id: string;
      username: string;
      displayName: string;
      email: string | null;
      /** Format: uuid */
      unitId: string;
      roles: ('admin' | 'office' | 'leader' | 'leadership' | 'handler' | 'unit_head')[];
      title: string | null;
      active: boolean;
    };
    LeaderView: {
      /** Format: uuid */
      id: string;
      displayName: string;
      title: string | null;
      /** Format: uuid */
      unitId: string;
    };
    CreateUserDto: {
      /** @example jfj-handler */
      username: string;
      /** @example 张伟 */
      displayName: string;
      /**
       * Format: password
       * @description at least 12 characters, not containing the username, not a common password
       */
      password: string;
      /** Format: uuid */
      unitId: string;
      roles: ('admin' | 'office' | 'leader' | 'leadership' | 'handler' | 'unit_head')[];
      email?: string;
      /**
       * @description the job title: plans name leaders by it
       * @example 分管经济工作副主任
       */
      title?: string;
    };
    UpdateUserDto: {
      /** @example 张伟 */
      displayName?: string;
      /**
       * Format: password
       * @description at least 12 characters, not containing the username, not a common password
       */
      password?: string;
      /** Format: uuid */
      unitId?: string;
      roles?: ('admin' | 'office' | 'leader' | 'leadership' | 'handler' | 'unit_head')[];
      email?: string;
      /**
       * @description the job title: plans name leaders by it
       * @example 分管经济工作副主任
       */
      title?: string;
      active?: boolean;
    };
    HealthView: {
      /** @enum {string} */
      status: 'ok' | 'degraded';
      /** @enum {string} */
      database: 'up' | 'down';
      /** @enum {string} */
      temporal: 'up' | 'down';
    };
    CodecPayloadDto: {
      /**
       * @example {
       *       "encoding": "YmluYXJ5L2VuY3J5cHRlZA=="
       *     }
       */
      metadata: {
        [key: string]: string;
      };
      /** Format: byte */
      data?: string;
    };
    CodecPayloadsDto: {
      payloads: components['schemas']['CodecPayloadDto'][];
    };
    AuditHeadView: {
      seq: number;
      hash: string;
    };
    AuditProblemView: {
      /** @enum {string} */
      kind:
        | 'missing'
        | 'relinked'
        | 'inserted'
        | 'altered'
        | 'anchor'
        | 'timeline_altered'
        | 'timeline_deleted'
        | 'timeline_unsealed';
      /** @description the audit entry concerned */
      seq: number | null;
      timelineEventId?: string;
      /** @example entry 57 does not match its hash: its content was altered */
      message: string;
      expected?: string;
      found?: string;
    };
    AuditVerificationView: {
      /** @description no problem found */
      ok: boolean;
      /** @description entries walked */
      entries: number;
      head: components['schemas']['AuditHeadView'] | null;
      anchors: number;
      timelineEvents: number;
      /** @description the first problems: the chain by sequence, then anchors, then the timeline */
      problems: components['schemas']['AuditProblemView'][];
      problemsLeftOff: number;
      durationMs: number;
    };
    AuditAnchorView: {
      id: string;
      /** Format: date-time */
      at: string;
      /** @description the chain's head then: its last entry */
      seq: number;
      hash: string;
    };
    CreateDelegationDto: {
      /**
       * Format: uuid
       * @description the colleague of the same unit who signs off meanwhile
       */
      delegateId: string;
      /**
       * Format: uuid
       * @description the unit head whose sign-off is delegated: an admin names one; a unit head's is its own
       */
      delegatorId?: string;
      /**
       * Format: date-time
       * @example 2024-04-01T08:00:00+08:00
       */
      startsAt: string;
      /**
       * Format: date-time
       * @example 2024-04-08T08:00:00+08:00
       */
      endsAt: string;
      /** @example 出差 */
      reason?: string;
    };
    DelegationPersonView: {
      /** Format: uuid */
      id: string;
      displayName: string;
    };
    DelegationView: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      unitId: string;
      /** @description the unit head whose sign-off is delegated */
      delegator: components['schemas']['DelegationPersonView'];
      /** @description the colleague who may sign off meanwhile */
      delegate: components['schemas']['DelegationPersonView'];
      /** Format: date-time */
      startsAt: string;
      /** Format: date-time */
      endsAt: string;
      reason: string | null;
      /** Format: date-time */
      revokedAt: string | null;
      /** @description running now: started, not ended and not revoked */
      active: boolean;
    };
    DelegationColleagueView: {
      /** Format: uuid */
      id: string;
      displayName: string;
      /** Format: uuid */
      unitId: string;
      /** @description a unit head, who may delegate (an admin names one) */
      unitHead: boolean;
    };
    AttachmentView: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      itemId: string;
      /**
       * @description the original file name, sanitised
       * @example 一季度投资完成情况.pdf
       */
      name: string;
      /**
       * @description decided by the content, not by the client
       * @example application/pdf
       */
      contentType: string;
      /** @description bytes */
      size: number;
      /** @description SHA-256 of the bytes, hex: the address the file is stored under */
      sha256: string;
      /** Format: uuid */
      uploadedBy: string;
      /**
       * Format: uuid
       * @description the uploader's unit
       */
      unitId: string;
      /** Format: date-time */
      uploadedAt: string;
      /**
       * @description what cited it last, if anything
       * @enum {string|null}
       */
      usedIn: 'progress_report' | 'completion_request' | null;
      /**
       * @description where to download it
       * @example /api/attachments/3f0c…
       */
      downloadUrl: string;
    };
    PlanMilestoneView: {
      title: string;
      /** Format: date */
      deadline: string;
      /**
       * Format: date
       * @description the day off it was moved from
       */
      movedFrom: string | null;
    };
    PlanProblemView: {
      /** @description the sheet row as Excel shows it; null for a column or the file */
      row: number | null;
      /**
       * @description the column letters
       * @example H
       */
      column: string | null;
      /**
       * @description the column header as written
       * @example 完成时限
       */
      header: string | null;
      /** @enum {string|null} */
      field:
        | 'seq'
        | 'title'
        | 'content'
        | 'category'
        | 'leadUnit'
        | 'cooperatingUnits'
        | 'leader'
        | 'deadline'
        | 'cadence'
        | 'notes'
        | null;
      /** @enum {string} */
      severity: 'error' | 'warning';
      /** @enum {string} */
      code:
        | 'file_unreadable'
        | 'file_format_unsupported'
        | 'sheet_empty'
        | 'sheet_too_large'
        | 'header_not_found'
        | 'column_missing'
        | 'column_duplicate'
        | 'no_rows'
        | 'plan_year_differs'
        | 'cell_error'
        | 'title_missing'
        | 'title_too_long'
        | 'title_duplicate'
        | 'content_too_long'
        | 'category_missing'
        | 'category_unknown'
        | 'lead_unit_missing'
        | 'lead_unit_several'
        | 'lead_unit_group'
        | 'unit_unknown'
        | 'unit_inactive'
        | 'unit_ambiguous'
        | 'unit_group_vague'
        | 'unit_kind_empty'
        | 'leader_unmatched'
        | 'leader_ambiguous'
        | 'leader_not_leader'
        | 'leader_several'
        | 'deadline_missing'
        | 'deadline_unreadable'
        | 'deadline_open_ended'
        | 'deadline_invalid_date'
        | 'deadline_needs_year'
        | 'deadline_before_plan_year'
        | 'deadline_day_off'
        | 'deadline_moved'
        | 'deadline_passed'
        | 'calendar_unconfirmed'
        | 'cadence_unreadable'
        | 'cadence_out_of_range'
        | 'cadence_weekend'
        | 'item_refused';
      /** @example 第 12 行「完成时限」：无法识别“三季度中” */
      message: string;
      /** @example Row 12, 完成时限 (deadline): cannot read “三季度中” */
      messageEn: string;
    };
    PlanImportRowView: {
      /** @description the sheet row as Excel shows it (a csv record number) */
      row: number;
      /** @description 序号 */
      seq: string | null;
      title: string;
      content: string | null;
      /** @enum {string} */
      category: '重点工作' | '民生实事' | '重大项目' | '领导批示' | '会议议定事项' | '安全隐患整改';
      leadUnit: components['schemas']['UnitRefView'];
      cooperatingUnits: components['schemas']['UnitRefView'][];
      /** @description 牵头单位 as written */
      leadUnitPhrase: string;
      /** @description 配合单位 as written */
      cooperatingUnitsPhrase: string;
      supervisingLeader: components['schemas']['UserRefView'] | null;
      /** @description 责任领导 kept as text: it names nobody in the directory */
      leaderText: string | null;
      /** Format: date */
      deadline: string;
      /**
       * @description 完成时限 as written
       * @example 6月底前
       */
      deadlinePhrase: string;
      /**
       * Format: date
       * @description the day off the deadline was moved from
       */
      movedFrom: string | null;
      milestones: components['schemas']['PlanMilestoneView'][];
      reportingCadence: components['schemas']['ReportingCadenceView'] | null;
      /** @description 报送频次 as written */
      cadencePhrase: string;
      /** @description the row's warnings (nothing that stops the import) */
      warnings: components['schemas']['PlanProblemView'][];
      /**
       * Format: uuid
       * @description the draft created; null on a dry run
       */
      itemId: string | null;
    };
    SkippedRowView: {
      row: number;
      /** @enum {string} */
      reason: 'heading' | 'category_heading' | 'repeated_header' | 'numbered_blank';
      text: string;
    };
    EarlierImportView: {
      /** Format: uuid */
      id: string;
      fileName: string;
      planYear: number | null;
      /** Format: uuid */
      importedBy: string;
      /** Format: date-time */
      importedAt: string;
      itemCount: number;
    };
    PlanImportView: {
      dryRun: boolean;
      /**
       * Format: uuid
       * @description the recorded import; null on a dry run
       */
      importId: string | null;
      fileName: string;
      /** @description SHA-256 of the content, hex: the same file twice is noticed by it */
      sha256: string;
      /** @enum {string} */
      format: 'xlsx' | 'csv';
      planYear: number | null;
      /** @enum {string|null} */
      planYearFrom: 'option' | 'title' | null;
      headerRow: number | null;
      rows: components['schemas']['PlanImportRowView'][];
      /** @description every warning, of the rows and of the file */
      warnings: components['schemas']['PlanProblemView'][];
      /** @description headings and repeated headers passed over */
      skipped: components['schemas']['SkippedRowView'][];
      /** @description the drafts created, in row order; empty on a dry run */
      itemIds: string[];
      /** @description on a dry run: the same content was imported before (importing it needs confirmDuplicate=true) */
      duplicateOf: components['schemas']['EarlierImportView'] | null;
    };
    DuplicatePlanView: {
      /** @example 409 */
      statusCode: number;
      /** @example Conflict */
      error: string;
      message: string;
      earlierImport: components['schemas']['EarlierImportView'];
    };
    PlanRefusalView: {
      /** @example 422 */
      statusCode: number;
      /** @example Unprocessable Entity */
      error: string;
      /** @description each error in English, by row and column */
      message: string[];
      /** @description every problem, errors and warnings, by row and column */
      problems: components['schemas']['PlanProblemView'][];
    };
    EscalationsReachedView: {
      level1: number;
      level2: number;
      level3: number;
    };
    DashboardFiguresView: {
      /** @description published, not closed or cancelled (suspended included) */
      open: number;
      /** @description running, deadline not passed, green or yellow */
      onTime: number;
      /** @description running, deadline not passed, orange or red */
      atRisk: number;
      /** @description running, the deadline in force has passed */
      overdue: number;
      suspended: number;
      /** @description closed in the period by the deadline in force */
      closedOnTime: number;
      /** @description closed in the period after the deadline in force */
      closedLate: number;
      /** @description over the overdue and closed-late items, one decimal */
      averageWorkdaysLate: number | null;
      /** @description progress reports missed in the period (one per report owed) */
      missedReports: number;
      /** @description items that reached each level in the period */
      escalations: components['schemas']['EscalationsReachedView'];
    };
    DashboardUnitView: {
      /** Format: uuid */
      unitId: string;
      unitName: string;
      figures: components['schemas']['DashboardFiguresView'];
    };
    UnitColoursView: {
      /** Format: uuid */
      unitId: string;
      unitName: string;
      green: number;
      yellow: number;
      orange: number;
      red: number;
    };
    OverduePointView: {
      /** @description the last day of the week (or of the period) */
      date: string;
      /** @description items past their deadline and not closed at the end of that day */
      overdue: number;
    };
    DelayShareByUnitView: {
      /** @enum {string} */
      party: 'lead_unit' | 'cooperating_unit' | 'unit_head' | 'office' | 'suspended' | 'extension_granted';
      /**
       * Format: uuid
       * @description the lead unit (lead_unit, unit_head), the awaited cooperating unit, or null (office, suspended, extension)
       */
      unitId: string | null;
      unitName: string | null;
      /** @description late workdays this party held */
      workdays: number;
    };
    DashboardView: {
      /**
       * Format: date-time
       * @description the figures are as of this instant
       */
      asOf: string;
      from: string;
      to: string;
      totals: components['schemas']['DashboardFiguresView'];
      /** @description per lead unit, most overdue first */
      units: components['schemas']['DashboardUnitView'][];
      /** @description the open running items of each lead unit by colour */
      colours: components['schemas']['UnitColoursView'][];
      /** @description overdue items at the end of each week of the period */
      overdueSeries: components['schemas']['OverduePointView'][];
      /** @description who held the late items on their late workdays (责任倒查) */
      delayAttribution: components['schemas']['DelayShareByUnitView'][];
    };
    MakeBulletinDto: {
      /**
       * Format: date-time
       * @description the instant the bulletin is taken as of (default: now); a past one makes a missed week (backfill)
       */
      cutoff?: string;
    };
    BulletinMakerView: {
      /** Format: uuid */
      id: string;
      displayName: string;
    };
    BulletinFiguresView: {
      open: number;
      onTime: number;
      nearDeadline: number;
      atRisk: number;
      overdue: number;
      suspended: number;
      closedOnTime: number;
      closedLate: number;
      averageWorkdaysLate: number | null;
      missedReports: number;
      escalations: {
        level1?: number;
        level2?: number;
        level3?: number;
      };
      onTimeRate: number | null;
    };
    BulletinView: {
      /** Format: uuid */
      id: string;
      year: number;
      /** @description 第N期 of the year */
      issue: number;
      /** @example 2024年第12期 */
      numberLabel: string;
      /** Format: date-time */
      cutoff: string;
      /** Format: date-time */
      previousCutoff: string | null;
      /** @description SHA-256 (hex) of the snapshot's canonical JSON */
      contentSha256: string;
      /** @description null: the weekly schedule made it */
      madeBy: components['schemas']['BulletinMakerView'] | null;
      /** Format: date-time */
      createdAt: string;
      totals: components['schemas']['BulletinFiguresView'];
      /** @description the BulletinSnapshot as issued: totals, units (ranked), overdue, atRisk, closed, escalations */
      snapshot: {
        [key: string]: unknown;
      };
      /** @description false: a bulletin of this cut-off existed, and this is it */
      created: boolean;
    };
    BulletinSummaryView: {
      /** Format: uuid */
      id: string;
      year: number;
      /** @description 第N期 of the year */
      issue: number;
      /** @example 2024年第12期 */
      numberLabel: string;
      /** Format: date-time */
      cutoff: string;
      /** Format: date-time */
      previousCutoff: string | null;
      /** @description SHA-256 (hex) of the snapshot's canonical JSON */
      contentSha256: string;
      /** @description null: the weekly schedule made it */
      madeBy: components['schemas']['BulletinMakerView'] | null;
      /** Format: date-time */
      createdAt: string;
      totals: components['schemas']['BulletinFiguresView'];
    };
    BulletinPageView: {
      bulletins: components['schemas']['BulletinSummaryView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    BulletinCheckView: {
      /** @description the record, recomputed for the cut-off, says what the bulletin says */
      matches: boolean;
      /** @description the stored hash still matches the stored snapshot */
      hashMatches: boolean;
      /**
       * @example [
       *       "units[1].figures.overdue: 2 (stored) ≠ 3 (record)"
       *     ]
       */
      differences: string[];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description also sets the duban_refresh cookie (httpOnly) for the browser */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown user or wrong password */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description too many attempts, or the account is locked; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      /** @description a new pair; the refresh token sent is used up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, used (the session is then ended) or expired refresh token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      /** @description the session of the bearer token (or of the refresh token) is ended */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description neither a valid access token nor a known refresh token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PasswordController_change: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description every session of the user has ended; this is a new one */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairView'];
        };
      };
      /** @description the current password is wrong, or the new one breaks the policy */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description too many attempts, or the account is locked; see Retry-After */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ItemsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        status?:
          | 'draft'
          | 'assigned'
          | 'in_progress'
          | 'awaiting_signoff'
          | 'under_review'
          | 'closed'
          | 'suspended'
          | 'cancelled';
        colour?: 'green' | 'yellow' | 'orange' | 'red';
        /** @description items where this unit leads or cooperates */
        unitId?: string;
        category?: '重点工作' | '民生实事' | '重大项目' | '领导批示' | '会议议定事项' | '安全隐患整改';
        /** @description items this leader supervises (责任领导) */
        supervisingLeaderId?: string;
        /** @description items at this escalation level */
        escalationLevel?: number;
        /** @description items at this escalation level or higher (a leader's escalations: 2 and above) */
        minEscalationLevel?: number;
        /** @description only items past their deadline and still open (true) or not (false) */
        overdue?: boolean;
        /** @description only items with a change the database refused (true), or none (false) */
        attention?: boolean;
        dueFrom?: string;
        dueTo?: string;
        /** @description text in the title or content */
        q?: string;
        sort?: 'deadline' | 'createdAt' | 'updatedAt' | 'title' | 'escalationLevel';
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemPageView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateItemDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description it does not fit the item's state now, or a concurrent change got there first */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description well-formed, but refused by a rule (a day off, a date that has passed, ...) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemsController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateItemDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemsController_timeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimelineEventView'][];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemsController_progressReports: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgressReportView'][];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_publish: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_repair: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RepairOutcomeView'][];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_acknowledge: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the item */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CommentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_progress: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the item */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProgressReportDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_completion: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the item */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompletionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_signoff: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the item */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_review: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the item */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_requestConfirmation: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the item */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmationRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_confirm: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the item */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CommentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_requestExtension: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the item */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExtensionRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_decideExtension: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the request decided */
        extensionId: string;
        /** @description the item */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExtensionDecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_reassign: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the item */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReassignDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_changeDeadline: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the item */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeadlineChangeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_suspend: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the item */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_resume: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the item */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OptionalReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_cancel: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the item */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  ItemCommandsController_rate: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description the item */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RatingDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  InboxController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description only unread messages */
        unread?: boolean;
        /** @description the language; by default the user's own */
        locale?: 'zh-CN' | 'en';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InboxPageView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  InboxController_markRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description marked read */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  InboxController_markAllRead: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description every message marked read */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  PoliciesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyView'][];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  PoliciesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePolicyDto'];
      };
    };
    responses: {
      /** @description the new version (or the newest, unchanged, if it says the same); open items keep theirs until migrated */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description it does not fit the item's state now, or a concurrent change got there first */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  PoliciesController_migrate: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PolicyMigrationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MigrationChangeView'][];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description it does not fit the item's state now, or a concurrent change got there first */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description well-formed, but refused by a rule (a day off, a date that has passed, ...) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  CalendarController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarYearView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  CalendarController_put: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutCalendarYearDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarYearView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description it does not fit the item's state now, or a concurrent change got there first */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description well-formed, but refused by a rule (a day off, a date that has passed, ...) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  UnitsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitView'][];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  UnitsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUnitDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description well-formed, but refused by a rule (a day off, a date that has passed, ...) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  UnitsController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUnitDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnitView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  MeController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'][];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description it does not fit the item's state now, or a concurrent change got there first
       *
       *     it does not fit the item's state now, or a concurrent change got there first
       */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description well-formed, but refused by a rule (a day off, a date that has passed, ...) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  UsersController_leaders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeaderView'][];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description it does not fit the item's state now, or a concurrent change got there first */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description well-formed, but refused by a rule (a day off, a date that has passed, ...) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  UsersController_unlock: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the user may sign in again at once */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description it does not fit the item's state now, or a concurrent change got there first */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description well-formed, but refused by a rule (a day off, a date that has passed, ...) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthView'];
        };
      };
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthView'];
        };
      };
    };
  };
  TemporalCodecController_decode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CodecPayloadsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CodecPayloadsDto'];
        };
      };
      /** @description not a list of payloads in base64 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description not the office or an admin */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TemporalCodecController_encode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description no valid token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description always */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuditController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ok, or the problems found, the first broken entry first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditVerificationView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  AuditController_anchors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the anchors of the chain head, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditAnchorView'][];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  AuditController_anchor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditAnchorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  AuditController_export: {
    parameters: {
      query: {
        /** @description a date (from its start, Asia/Shanghai) or an ISO 8601 instant */
        from: string;
        /** @description a date (to its end, Asia/Shanghai) or an ISO 8601 instant */
        to: string;
        format?: 'xlsx' | 'csv';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the entries of the period, oldest first: xlsx, or csv in UTF-8 with a BOM */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['ApiErrorView'];
          'text/csv': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  DelegationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelegationView'][];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  DelegationsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDelegationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelegationView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description it does not fit the item's state now, or a concurrent change got there first */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /**
       * @description well-formed, but refused by a rule (a day off, a date that has passed, ...)
       *
       *     well-formed, but refused by a rule (a day off, a date that has passed, ...)
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  DelegationsController_colleagues: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelegationColleagueView'][];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  DelegationsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  AttachmentsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentView'][];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  AttachmentsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** @description one to 10 files; kinds known by content: pdf, png, jpeg, gif, webp, doc, xls, ppt, wps, et, dps, docx, xlsx, pptx, txt, zip */
          files: string[];
        };
      };
    };
    responses: {
      /** @description the attachments, one per distinct file */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentView'][];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description it does not fit the item's state now, or a concurrent change got there first */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a file of a type that is not accepted */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  AttachmentsController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the bytes as uploaded */
      200: {
        headers: {
          /** @description the type found in the content */
          'Content-Type'?: string;
          /** @description attachment; filename="<ASCII stand-in>"; filename*=UTF-8''<the original name, RFC 5987> */
          'Content-Disposition'?: string;
          /** @description nosniff */
          'X-Content-Type-Options'?: string;
          /** @description the SHA-256 of the bytes */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'image/png': string;
          'image/jpeg': string;
          'image/gif': string;
          'image/webp': string;
          'application/msword': string;
          'application/vnd.ms-excel': string;
          'application/vnd.ms-powerpoint': string;
          'application/kswps': string;
          'application/kset': string;
          'application/ksdps': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/vnd.openxmlformats-officedocument.presentationml.presentation': string;
          'text/plain': string;
          'application/zip': string;
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': components['schemas']['ApiErrorView'];
          'image/png': components['schemas']['ApiErrorView'];
          'image/jpeg': components['schemas']['ApiErrorView'];
          'image/gif': components['schemas']['ApiErrorView'];
          'image/webp': components['schemas']['ApiErrorView'];
          'application/msword': components['schemas']['ApiErrorView'];
          'application/vnd.ms-excel': components['schemas']['ApiErrorView'];
          'application/vnd.ms-powerpoint': components['schemas']['ApiErrorView'];
          'application/kswps': components['schemas']['ApiErrorView'];
          'application/kset': components['schemas']['ApiErrorView'];
          'application/ksdps': components['schemas']['ApiErrorView'];
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': components['schemas']['ApiErrorView'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['ApiErrorView'];
          'application/vnd.openxmlformats-officedocument.presentationml.presentation': components['schemas']['ApiErrorView'];
          'text/plain': components['schemas']['ApiErrorView'];
          'application/zip': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': components['schemas']['ApiErrorView'];
          'image/png': components['schemas']['ApiErrorView'];
          'image/jpeg': components['schemas']['ApiErrorView'];
          'image/gif': components['schemas']['ApiErrorView'];
          'image/webp': components['schemas']['ApiErrorView'];
          'application/msword': components['schemas']['ApiErrorView'];
          'application/vnd.ms-excel': components['schemas']['ApiErrorView'];
          'application/vnd.ms-powerpoint': components['schemas']['ApiErrorView'];
          'application/kswps': components['schemas']['ApiErrorView'];
          'application/kset': components['schemas']['ApiErrorView'];
          'application/ksdps': components['schemas']['ApiErrorView'];
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': components['schemas']['ApiErrorView'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['ApiErrorView'];
          'application/vnd.openxmlformats-officedocument.presentationml.presentation': components['schemas']['ApiErrorView'];
          'text/plain': components['schemas']['ApiErrorView'];
          'application/zip': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': components['schemas']['ApiErrorView'];
          'image/png': components['schemas']['ApiErrorView'];
          'image/jpeg': components['schemas']['ApiErrorView'];
          'image/gif': components['schemas']['ApiErrorView'];
          'image/webp': components['schemas']['ApiErrorView'];
          'application/msword': components['schemas']['ApiErrorView'];
          'application/vnd.ms-excel': components['schemas']['ApiErrorView'];
          'application/vnd.ms-powerpoint': components['schemas']['ApiErrorView'];
          'application/kswps': components['schemas']['ApiErrorView'];
          'application/kset': components['schemas']['ApiErrorView'];
          'application/ksdps': components['schemas']['ApiErrorView'];
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': components['schemas']['ApiErrorView'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['ApiErrorView'];
          'application/vnd.openxmlformats-officedocument.presentationml.presentation': components['schemas']['ApiErrorView'];
          'text/plain': components['schemas']['ApiErrorView'];
          'application/zip': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  importPlan: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description the plan: xlsx, or csv (UTF-8 or GBK)
           */
          file: string;
          /** @description the year of deadlines written without one (6月底前); else read from the title */
          planYear?: number;
          /**
           * @description only say what would be created
           * @default true
           */
          dryRun?: boolean;
          /**
           * @description import content that was imported before once more
           * @default false
           */
          confirmDuplicate?: boolean;
        };
      };
    };
    responses: {
      /** @description the dry run: what would be created */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanImportView'];
        };
      };
      /** @description imported: every row is a draft item */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanImportView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the same content was imported before */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DuplicatePlanView'];
        };
      };
      /** @description too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a file of a type that is not accepted */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the plan has errors: nothing was created */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanRefusalView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  markUpPlan: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description the plan: xlsx, or csv (UTF-8 or GBK)
           */
          file: string;
          /** @description the year of deadlines written without one (6月底前); else read from the title */
          planYear?: number;
        };
      };
    };
    responses: {
      /** @description the workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['ApiErrorView'];
        };
      };
      /** @description too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['ApiErrorView'];
        };
      };
      /** @description a file of a type that is not accepted */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the sheet has no values: nothing to mark */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['PlanRefusalView'];
        };
      };
      /** @description a service the answer needs (Temporal, the database) is away: nothing was changed */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  DashboardController_figures: {
    parameters: {
      query?: {
        category?: '重点工作' | '民生实事' | '重大项目' | '领导批示' | '会议议定事项' | '安全隐患整改';
        /** @description the supervising leader (责任领导) */
        leaderId?: string;
        /** @description the lead unit */
        unitId?: string;
        /** @description first day of the period (default: 1 January this year) */
        from?: string;
        /** @description last day of the period (default: today) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DashboardView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  BulletinsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BulletinPageView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  BulletinsController_make: {
    parameters: {
      query?: never;
      header?: {
        /** @description optional, kept a day per user: the same key and request answer the first result again and change nothing; the key with another request answers 422 */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MakeBulletinDto'];
      };
    };
    responses: {
      /** @description made now (created), or the one of this cut-off */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BulletinView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description it does not fit the item's state now, or a concurrent change got there first */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description well-formed, but refused by a rule (a day off, a date that has passed, ...) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  BulletinsController_one: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BulletinView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  BulletinsController_xlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the xlsx */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  BulletinsController_pdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  BulletinsController_export: {
    parameters: {
      query: {
        format: 'xlsx' | 'pdf';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the xlsx or the PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['ApiErrorView'];
          'application/pdf': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['ApiErrorView'];
          'application/pdf': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
  BulletinsController_check: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BulletinCheckView'];
        };
      };
      /** @description a field is missing or malformed (the message names it) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description no token, or a bad or expired one */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description the caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
      /** @description unknown, or not visible to the caller */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiErrorView'];
        };
      };
    };
  };
}
