package dev.concord.ui.common;

/** Style-class names used by the views; the rules live in {@code styles/app.css}. */
public final class Styles {
    public static final String APP = "concord";
    public static final String STATUS_BAR = "status-bar";
    public static final String DATABASE_LABEL = "database-label";
    public static final String TOOLBAR = "queue-toolbar";
    public static final String SECTION_TITLE = "section-title";
    public static final String MESSAGE = "message";
    public static final String MESSAGE_ROLE = "message-role";
    public static final String ROLE_PREFIX = "role-";
    public static final String TOOL_CALL = "tool-call";
    public static final String TOOL_RESULT = "tool-result";
    public static final String TOOL_CODE = "tool-code";
    public static final String ATTEMPT_CARD = "attempt-card";
    public static final String ATTEMPT_HEADER = "attempt-header";
    public static final String ATTEMPT_OUTPUT = "attempt-output";
    public static final String ATTEMPT_BADGES = "attempt-badges";
    public static final String REASON_CHIP = "reason-chip";
    public static final String BADGE = "badge";
    public static final String BADGE_DOWN = "badge-down";
    public static final String BADGE_UP = "badge-up";
    public static final String PLACEHOLDER = "placeholder-text";
    public static final String REPORT_TEXT = "report-text";
    public static final String MUTED = "muted";
    public static final String CENTERED_COLUMN = "centered-column";
    // First run and comfort (issue 14 §2): welcome screen, shortcut sheet, error dialogs, queue search
    public static final String WELCOME = "welcome";
    public static final String WELCOME_TITLE = "welcome-title";
    public static final String WELCOME_ACTION = "welcome-action";
    public static final String RECENT_MISSING = "recent-missing";
    public static final String SHORTCUT_SHEET = "shortcut-sheet";
    public static final String QUEUE_SEARCH = "queue-search";
    // Review workbench (review, compare, adjudicate, reviewer)
    public static final String REVIEW_VIEW = "review-view";
    public static final String REVIEW_HEADER = "review-header";
    public static final String REVIEW_FORM = "review-form";
    public static final String REVIEWER_NAME = "reviewer-name";
    public static final String PROGRESS_LINE = "progress-line";
    public static final String KEY_CAP = "key-cap";
    public static final String SHORTCUT_BAR = "shortcut-bar";
    public static final String LABEL_BUTTON = "label-button";
    public static final String LABEL_SELECTED = "label-selected";
    public static final String LABEL_CHIP = "label-chip";
    public static final String ATTEMPT_FOCUSED = "attempt-focused";
    public static final String ATTEMPT_BEST = "attempt-best";
    public static final String ATTEMPT_WORST = "attempt-worst";
    public static final String PICK_BADGE = "pick-badge";
    public static final String FORM_MESSAGE = "form-message";
    public static final String FORM_INFO = "form-info";
    public static final String REVIEW_CARD = "review-card";
    public static final String REVIEW_CARD_OWN = "review-card-own";
    public static final String DIFF_TEXT = "diff-text";
    public static final String DIFF_ADDED = "diff-added";
    public static final String DIFF_REMOVED = "diff-removed";
    public static final String DIFF_SAME = "diff-same";
    public static final String DECIDED = "decided";
    public static final String CORRECTION_EDITOR = "correction-editor";
    public static final String CARD_TITLE = "card-title";
    public static final String AGREEMENT_VIEW = "agreement-view";
    public static final String AGREEMENT_CARD = "agreement-card";
    public static final String AGREEMENT_WARNINGS = "agreement-warnings";
    public static final String AGREEMENT_WARNING_TITLE = "agreement-warning-title";
    public static final String BLIND_NOTE = "blind-note";
    public static final String AGREEMENT_WHISKER = "agreement-whisker";
    public static final String AGREEMENT_BAR_VALUE = "agreement-bar-value";
    public static final String FIGURE_TABLE = "figure-table";
    public static final String FIGURE_HEADER = "figure-header";
    public static final String FIGURE_VALUE = "figure-value";
    public static final String FIGURE_BAND = "figure-band";
    public static final String HEATMAP_HEADER = "heatmap-header";
    public static final String HEATMAP_CELL = "heatmap-cell";
    public static final String HEATMAP_VALUE = "heatmap-value";
    public static final String HEATMAP_N = "heatmap-n";
    public static final String HEATMAP_SWATCH = "heatmap-swatch";
    public static final String ADJUDICATION_CARD = "adjudication-card";
    // Export dialog
    public static final String EXPORT_DIALOG = "export-dialog";
    public static final String EXPORT_POLICY = "export-policy";
    public static final String EXPORT_ERROR = "export-error";
    public static final String EXPORT_NUMBER = "export-number";
    public static final String EXPORT_FOOTER = "export-footer";

    private Styles() {
    }

    /**
     * The stylesheets every scene loads, theme first, over AtlantaFX's Primer theme (the app-wide user-agent
     * stylesheet; Primer light when no theme was chosen yet, as in tests that open a window without the app).
     */
    public static String[] stylesheets() {
        dev.concord.ui.theme.Themes.ensureApplied();
        return new String[] {
                Styles.class.getResource("/styles/theme.css").toExternalForm(),
                Styles.class.getResource("/styles/app.css").toExternalForm()};
    }
}
