package dev.concord.ui.common.markdown;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Markdown (CommonMark) as JavaFX nodes, no WebView: a {@link VBox} of blocks. Paragraphs and headings are
 * {@link TextFlow}s of {@link Text}s styled by class (emphasis, strong, inline code, link); lists are rows of marker
 * and body; block quotes are boxes; code blocks are one monospace {@link Text} in a horizontally scrolling
 * {@link ScrollPane}, never wrapped; GitHub-style tables are a grid of cells, scrolling sideways when wide. A single line break inside a paragraph is kept (chat text, not a typeset page). Links are text with their address as a tooltip, never opened. Raw HTML and
 * link reference definitions show as the text they are, so a redaction placeholder such as {@code [EMAIL_1]}
 * always reads as written.
 */
public final class MarkdownNodes extends AbstractVisitor {
    private static final double CELL_MAX_WIDTH = 320;
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final Deque<Pane> blocks = new ArrayDeque<>();
    private final Deque<String> inline = new ArrayDeque<>();
    private TextFlow flow;

    private MarkdownNodes(VBox document) {
        blocks.push(document);
    }

    /** The nodes of {@code markdown}; call on the FX thread or before the nodes are shown. */
    public static VBox render(String markdown) {
        VBox document = new VBox();
        document.getStyleClass().add(MarkdownStyles.DOCUMENT);
        PARSER.parse(markdown == null ? "" : markdown).accept(new MarkdownNodes(document));
        return document;
    }

    @Override
    public void visit(Paragraph paragraph) {
        inlines(paragraph, MarkdownStyles.PARAGRAPH);
    }

    @Override
    public void visit(Heading heading) {
        String level = MarkdownStyles.HEADING_LEVEL + heading.getLevel();
        inline.push(level);
        inlines(heading, MarkdownStyles.HEADING, level);
        inline.pop();
    }

    @Override
    public void visit(BulletList list) {
        list(list, -1);
    }

    @Override
    public void visit(OrderedList list) {
        list(list, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber());
    }

    @Override
    public void visit(BlockQuote quote) {
        VBox box = new VBox();
        box.getStyleClass().add(MarkdownStyles.QUOTE);
        nested(box, quote);
    }

    @Override
    public void visit(FencedCodeBlock code) {
        codeBlock(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        codeBlock(code.getLiteral());
    }

    @Override
    public void visit(CustomBlock block) {
        if (block instanceof TableBlock table) {
            table(table);
        } else {
            visitChildren(block);
        }
    }

    @Override
    public void visit(ThematicBreak rule) {
        Separator line = new Separator();
        line.getStyleClass().add(MarkdownStyles.RULE);
        add(line);
    }

    @Override
    public void visit(HtmlBlock html) {
        literalBlock(html.getLiteral().stripTrailing());
    }

    @Override
    public void visit(LinkReferenceDefinition definition) {
        literalBlock("[" + definition.getLabel() + "]: " + definition.getDestination()
                + (definition.getTitle() == null ? "" : " \"" + definition.getTitle() + "\""));
    }

    @Override
    public void visit(org.commonmark.node.Text text) {
        text(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        inline.push(MarkdownStyles.CODE);
        text(code.getLiteral());
        inline.pop();
    }

    @Override
    public void visit(Emphasis emphasis) {
        styled(emphasis, MarkdownStyles.EMPHASIS);
    }

    @Override
    public void visit(StrongEmphasis strong) {
        styled(strong, MarkdownStyles.STRONG);
    }

    @Override
    public void visit(Link link) {
        int from = flow().getChildren().size();
        styled(link, MarkdownStyles.LINK);
        Tooltip where = new Tooltip(link.getDestination());
        flow.getChildren().subList(from, flow.getChildren().size()).forEach(n -> Tooltip.install(n, where));
    }

    @Override
    public void visit(Image image) {
        text("[image: ");
        styled(image, MarkdownStyles.LINK);
        text("]");
    }

    /** A line break inside a paragraph stays a line break, as in chat and GitHub comments (answers are chat). */
    @Override
    public void visit(SoftLineBreak lineBreak) {
        text("\n");
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        text("\n");
    }

    @Override
    public void visit(HtmlInline html) {
        text(html.getLiteral());
    }

    private void inlines(Node parent, String... styles) {
        TextFlow outer = flow;
        flow = new TextFlow();
        flow.getStyleClass().addAll(styles);
        add(flow);
        visitChildren(parent);
        flow = outer;
    }

    private void styled(Node parent, String style) {
        inline.push(style);
        visitChildren(parent);
        inline.pop();
    }

    private void text(String literal) {
        Text t = new Text(literal);
        List<String> styles = new ArrayList<>(inline);
        styles.add(0, MarkdownStyles.TEXT);
        t.getStyleClass().addAll(styles);
        flow().getChildren().add(t);
    }

    /** The flow inline content goes to; one is opened should inline content ever arrive outside a paragraph. */
    private TextFlow flow() {
        if (flow == null) {
            flow = new TextFlow();
            flow.getStyleClass().add(MarkdownStyles.PARAGRAPH);
            add(flow);
        }
        return flow;
    }

    private void list(ListBlock list, int start) {
        VBox box = new VBox();
        box.getStyleClass().add(MarkdownStyles.LIST);
        add(box);
        int number = start;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Label marker = new Label(start < 0 ? "•" : number++ + ".");
            marker.getStyleClass().add(MarkdownStyles.LIST_MARKER);
            marker.setMinWidth(Region.USE_PREF_SIZE);
            VBox body = new VBox();
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox row = new HBox(marker, body);
            row.getStyleClass().add(MarkdownStyles.LIST_ITEM);
            box.getChildren().add(row);
            blocks.push(body);
            visitChildren(item);
            blocks.pop();
        }
    }

    private void nested(Pane box, Node parent) {
        add(box);
        blocks.push(box);
        visitChildren(parent);
        blocks.pop();
    }

    /** The code unwrapped in a scroll pane that scrolls sideways and grows by the scroll bar when one shows. */
    private void codeBlock(String literal) {
        Text code = new Text(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
        code.getStyleClass().addAll(MarkdownStyles.TEXT, MarkdownStyles.CODE_BLOCK);
        StackPane box = new StackPane(code);
        box.setPadding(new Insets(4, 8, 4, 8));
        box.setAlignment(Pos.TOP_LEFT);
        add(sideways(box, MarkdownStyles.CODE_SCROLL));
    }

    /**
     * A table as a grid: one cell per row and column, header cells bold, each cell's text aligned as the table's
     * delimiter row says. A column is as wide as its widest cell up to {@value #CELL_MAX_WIDTH} px, where its text
     * wraps; the table scrolls sideways when its columns are wider than the view. Cells hold inline Markdown only.
     */
    private void table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(MarkdownStyles.TABLE);
        int row = 0;
        int columns = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node line = section.getFirstChild(); line != null; line = line.getNext()) {
                int column = 0;
                for (Node c = line.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        grid.add(cell(cell), column++, row);
                    }
                }
                columns = Math.max(columns, column);
                row++;
            }
        }
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setMaxWidth(CELL_MAX_WIDTH);
            grid.getColumnConstraints().add(column);
        }
        add(sideways(grid, MarkdownStyles.TABLE_SCROLL));
    }

    private TextFlow cell(TableCell cell) {
        TextFlow outer = flow;
        flow = new TextFlow();
        flow.getStyleClass().add(MarkdownStyles.TABLE_CELL);
        if (cell.isHeader()) {
            flow.getStyleClass().add(MarkdownStyles.TABLE_HEADER);
            inline.push(MarkdownStyles.STRONG);
        }
        flow.setTextAlignment(cell.getAlignment() == TableCell.Alignment.CENTER ? TextAlignment.CENTER
                : cell.getAlignment() == TableCell.Alignment.RIGHT ? TextAlignment.RIGHT : TextAlignment.LEFT);
        flow.setMaxWidth(Double.MAX_VALUE);
        flow.setMaxHeight(Double.MAX_VALUE);
        visitChildren(cell);
        if (cell.isHeader()) {
            inline.pop();
        }
        TextFlow made = flow;
        flow = outer;
        return made;
    }

    /** {@code content} in a scroll pane that scrolls sideways and grows by the scroll bar when one shows. */
    private static ScrollPane sideways(Region content, String style) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.getStyleClass().add(style);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFitToHeight(true);
        scroll.setMinHeight(Region.USE_PREF_SIZE);
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            double needed = content.getContentBias() == Orientation.HORIZONTAL
                    ? content.prefHeight(content.prefWidth(-1)) : content.prefHeight(-1);
            double hidden = needed - now.getHeight();
            if (hidden > 0.5) {
                scroll.setPrefHeight(scroll.getHeight() + hidden);
            }
        });
        return scroll;
    }

    private void literalBlock(String literal) {
        TextFlow outer = flow;
        flow = new TextFlow();
        flow.getStyleClass().add(MarkdownStyles.PARAGRAPH);
        add(flow);
        text(literal);
        flow = outer;
    }

    private void add(javafx.scene.Node node) {
        blocks.peek().getChildren().add(node);
    }
}
