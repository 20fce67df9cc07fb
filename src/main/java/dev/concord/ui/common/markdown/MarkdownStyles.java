package dev.concord.ui.common.markdown;

/** Style-class names of rendered Markdown; the rules live in {@code styles/app.css} (section "Markdown"). */
public final class MarkdownStyles {
    public static final String VIEW = "md-view";
    public static final String DOCUMENT = "md-document";
    public static final String DOCUMENT_SCROLL = "md-document-scroll";
    public static final String TEXT = "md-text";
    public static final String PARAGRAPH = "md-paragraph";
    public static final String HEADING = "md-heading";
    /** Followed by the level, 1 to 6: {@code md-h1}. */
    public static final String HEADING_LEVEL = "md-h";
    public static final String EMPHASIS = "md-emphasis";
    public static final String STRONG = "md-strong";
    public static final String CODE = "md-code";
    public static final String LINK = "md-link";
    public static final String LIST = "md-list";
    public static final String LIST_ITEM = "md-list-item";
    public static final String LIST_MARKER = "md-list-marker";
    public static final String QUOTE = "md-quote";
    public static final String CODE_BLOCK = "md-code-block";
    public static final String CODE_SCROLL = "md-code-scroll";
    public static final String RULE = "md-rule";
    public static final String TABLE = "md-table";
    public static final String TABLE_SCROLL = "md-table-scroll";
    public static final String TABLE_CELL = "md-table-cell";
    public static final String TABLE_HEADER = "md-table-header";
    public static final String RAW = "md-raw";
    public static final String NOTE = "md-note";

    private MarkdownStyles() {
    }
}
