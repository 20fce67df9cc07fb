package dev.concord.ui.common.markdown;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Each Markdown construct becomes the nodes and style classes the stylesheet styles; raw text is one switch away. */
@ExtendWith(ApplicationExtension.class)
class MarkdownNodesTest {
    @Start
    void start(Stage stage) {
        // the toolkit only: the nodes are built and inspected without a window
    }

    @AfterEach
    void rendered() {
        MarkdownView.rawProperty().set(false);
    }

    @Test
    void paragraphsBecomeTextFlowsOfStyledTexts() {
        VBox doc = MarkdownNodes.render("Plain *soft* and **loud** with `code` and [a link](https://example.com/x).\n\nSecond.");
        assertThat(doc.getStyleClass()).contains(MarkdownStyles.DOCUMENT);
        assertThat(doc.getChildren()).hasSize(2).allMatch(n -> n instanceof TextFlow
                && n.getStyleClass().contains(MarkdownStyles.PARAGRAPH));
        List<Text> texts = texts(doc.getChildren().get(0));
        assertThat(textWith(texts, MarkdownStyles.EMPHASIS)).isEqualTo("soft");
        assertThat(textWith(texts, MarkdownStyles.STRONG)).isEqualTo("loud");
        assertThat(textWith(texts, MarkdownStyles.CODE)).isEqualTo("code");
        assertThat(textWith(texts, MarkdownStyles.LINK)).isEqualTo("a link");
        assertThat(texts).allMatch(t -> t.getStyleClass().contains(MarkdownStyles.TEXT));
        assertThat(joined(texts)).isEqualTo("Plain soft and loud with code and a link.");
    }

    @Test
    void linksAreTextWithTheirAddressAsATooltipNotAHyperlink() {
        VBox doc = MarkdownNodes.render("See [docs](https://example.com/docs).");
        Text link = texts(doc).stream().filter(t -> t.getStyleClass().contains(MarkdownStyles.LINK)).findFirst().orElseThrow();
        assertThat(link.getProperties().values()).anyMatch(v -> v instanceof javafx.scene.control.Tooltip tip
                && tip.getText().equals("https://example.com/docs"));
        assertThat(all(doc)).noneMatch(n -> n instanceof javafx.scene.control.Hyperlink);
    }

    @Test
    void headingsCarryTheirLevel() {
        VBox doc = MarkdownNodes.render("# Title\n\n### Part");
        assertThat(doc.getChildren()).extracting(n -> n.getStyleClass().stream().collect(Collectors.joining(" ")))
                .containsExactly("md-heading md-h1", "md-heading md-h3");
        assertThat(texts(doc.getChildren().get(0)).get(0).getStyleClass()).contains("md-h1");
    }

    @Test
    void bulletAndNumberedListsAreRowsOfMarkerAndBody() {
        VBox doc = MarkdownNodes.render("- one\n- two\n  - nested\n\n3. three\n4. four");
        VBox bullets = (VBox) doc.getChildren().get(0);
        VBox numbers = (VBox) doc.getChildren().get(1);
        assertThat(bullets.getStyleClass()).contains(MarkdownStyles.LIST);
        assertThat(bullets.getChildren()).hasSize(2).allMatch(n -> n instanceof HBox
                && n.getStyleClass().contains(MarkdownStyles.LIST_ITEM));
        assertThat(markers(numbers)).containsExactly("3.", "4.");
        assertThat(markers(bullets)).containsExactly("•", "•");
        VBox secondBody = (VBox) ((HBox) bullets.getChildren().get(1)).getChildren().get(1);
        assertThat(secondBody.getChildren()).anyMatch(n -> n.getStyleClass().contains(MarkdownStyles.LIST));
        assertThat(joined(texts(secondBody))).isEqualTo("twonested");
    }

    @Test
    void blockQuotesAreBoxesOfTheirBlocks() {
        VBox doc = MarkdownNodes.render("> quoted **words**\n>\n> more");
        VBox quote = (VBox) doc.getChildren().get(0);
        assertThat(quote.getStyleClass()).contains(MarkdownStyles.QUOTE);
        assertThat(quote.getChildren()).hasSize(2).allMatch(n -> n instanceof TextFlow);
    }

    @Test
    void codeBlocksAreUnwrappedMonospaceTextInAHorizontallyScrollingPane() {
        String longLine = "x".repeat(400);
        VBox doc = MarkdownNodes.render("```java\nint a = 1;\n" + longLine + "\n```\n\n    indented();\n");
        assertThat(doc.getChildren()).hasSize(2).allMatch(n -> n instanceof ScrollPane
                && n.getStyleClass().contains(MarkdownStyles.CODE_SCROLL));
        ScrollPane fenced = (ScrollPane) doc.getChildren().get(0);
        assertThat(fenced.getHbarPolicy()).isEqualTo(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        assertThat(fenced.isFitToWidth()).as("never squeezed to the width, so never wrapped").isFalse();
        Text code = (Text) ((StackPane) fenced.getContent()).getChildren().get(0);
        assertThat(code.getStyleClass()).contains(MarkdownStyles.CODE_BLOCK);
        assertThat(code.getText()).isEqualTo("int a = 1;\n" + longLine);
        assertThat(code.getWrappingWidth()).isZero();
        Text indented = (Text) ((StackPane) ((ScrollPane) doc.getChildren().get(1)).getContent()).getChildren().get(0);
        assertThat(indented.getText()).isEqualTo("indented();");
    }

    @Test
    void tablesBecomeAGridOfCellsWithHeaderAndAlignmentThatScrollsSideways() {
        VBox doc = MarkdownNodes.render("Plans:\n\n| Plan | Price |\n|:---|---:|\n| Basic | **9** € |\n| Pro `x` | 29 € |\n\nAfter.");
        assertThat(doc.getChildren()).hasSize(3);
        ScrollPane scroll = (ScrollPane) doc.getChildren().get(1);
        assertThat(scroll.getStyleClass()).contains(MarkdownStyles.TABLE_SCROLL);
        assertThat(scroll.getHbarPolicy()).isEqualTo(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        GridPane grid = (GridPane) scroll.getContent();
        assertThat(grid.getStyleClass()).contains(MarkdownStyles.TABLE);
        assertThat(grid.getChildren()).hasSize(6).allMatch(n -> n.getStyleClass().contains(MarkdownStyles.TABLE_CELL));
        TextFlow header = cellAt(grid, 1, 0);
        assertThat(header.getStyleClass()).contains(MarkdownStyles.TABLE_HEADER);
        assertThat(textWith(texts(header), MarkdownStyles.STRONG)).isEqualTo("Price");
        assertThat(header.getTextAlignment()).isEqualTo(javafx.scene.text.TextAlignment.RIGHT);
        assertThat(cellAt(grid, 0, 1).getTextAlignment()).isEqualTo(javafx.scene.text.TextAlignment.LEFT);
        assertThat(cellAt(grid, 0, 1).getStyleClass()).doesNotContain(MarkdownStyles.TABLE_HEADER);
        assertThat(joined(texts(cellAt(grid, 1, 1)))).isEqualTo("9 €");
        assertThat(textWith(texts(cellAt(grid, 1, 1)), MarkdownStyles.STRONG)).isEqualTo("9");
        assertThat(textWith(texts(cellAt(grid, 0, 2)), MarkdownStyles.CODE)).isEqualTo("x");
        assertThat(joined(texts(doc.getChildren().get(2)))).isEqualTo("After.");
    }

    @Test
    void pipesWithoutADelimiterRowStayText() {
        VBox doc = MarkdownNodes.render("a | b\nc | d");
        assertThat(doc.getChildren()).singleElement().isInstanceOf(TextFlow.class);
        assertThat(joined(texts(doc))).isEqualTo("a | b\nc | d");
    }

    private static TextFlow cellAt(GridPane grid, int column, int row) {
        return grid.getChildren().stream().filter(n -> GridPane.getColumnIndex(n) == column && GridPane.getRowIndex(n) == row)
                .map(TextFlow.class::cast).findFirst().orElseThrow();
    }

    @Test
    void redactionPlaceholdersAndRawHtmlReadLiterally() {
        VBox doc = MarkdownNodes.render("Mail [EMAIL_1] or call [PHONE_2][NAME_3] <b>now</b>.\n\n[EMAIL_4]: x\n\n<div>raw</div>");
        assertThat(joined(texts(doc.getChildren().get(0)))).isEqualTo("Mail [EMAIL_1] or call [PHONE_2][NAME_3] <b>now</b>.");
        assertThat(joined(texts(doc))).contains("[EMAIL_4]: x", "<div>raw</div>");
    }

    @Test
    void thematicBreakIsASeparator() {
        assertThat(MarkdownNodes.render("a\n\n---\n\nb").getChildren().get(1)).isInstanceOf(Separator.class);
    }

    @Test
    void rawSwitchShowsTheSourceAsSelectableTextInEveryView() {
        String source = "**bold** and `code`";
        MarkdownView answer = new MarkdownView(source, MarkdownView.Fit.SCROLL);
        MarkdownView message = new MarkdownView(source, MarkdownView.Fit.GROW);
        assertThat(answer.isRendered()).isTrue();
        assertThat(answer.getChildren().get(0)).isInstanceOf(ScrollPane.class);
        assertThat(message.getChildren().get(0)).isInstanceOf(VBox.class);

        MarkdownView.toggleRaw();
        assertThat(answer.isRendered()).isFalse();
        assertThat(((TextArea) answer.getChildren().get(0)).getText()).isEqualTo(source);
        assertThat(((TextArea) answer.getChildren().get(0)).isEditable()).isFalse();
        assertThat(((Label) message.getChildren().get(0)).getText()).isEqualTo(source);

        MarkdownView.toggleRaw();
        assertThat(answer.getChildren().get(0)).isInstanceOf(ScrollPane.class);
        assertThat(new MarkdownView(source, MarkdownView.Fit.GROW).isRendered()).isTrue();
    }

    @Test
    void aTextOverTheRenderLimitShowsRawWithANoteSayingWhy() {
        String big = "# big\n" + "word ".repeat(MarkdownView.RENDER_LIMIT / 5 + 10);
        MarkdownView view = new MarkdownView(big, MarkdownView.Fit.SCROLL);
        assertThat(view.isRendered()).isFalse();
        assertThat(((Label) view.getChildren().get(0)).getText()).startsWith("Shown as raw text:")
                .contains(String.format("%,d", MarkdownView.RENDER_LIMIT));
        assertThat(((TextArea) view.getChildren().get(1)).getText()).isEqualTo(big);
    }

    @Test
    void aOneMegabyteAnswerShowsOnlyItsStartRawAndOffersToCopyAll() {
        String huge = "x".repeat(1 << 20);
        MarkdownView view = new MarkdownView(huge, MarkdownView.Fit.SCROLL);
        HBox note = (HBox) view.getChildren().get(0);
        assertThat(((Label) note.getChildren().get(0)).getText()).isEqualTo(String.format(
                "Shown as raw text, the first %,d of %,d characters.", MarkdownView.SHOW_LIMIT, huge.length()));
        assertThat(((javafx.scene.control.Button) note.getChildren().get(1)).getText()).isEqualTo("Copy all");
        assertThat(((TextArea) view.getChildren().get(1)).getLength()).isEqualTo(MarkdownView.SHOW_LIMIT);
        assertThat(view.text()).hasSize(huge.length());
        MarkdownView message = new MarkdownView(huge, MarkdownView.Fit.GROW);
        assertThat(((Label) message.getChildren().get(1)).getText()).hasSize(MarkdownView.SHOW_LIMIT);
    }

    private static List<String> markers(VBox list) {
        return list.getChildren().stream().map(n -> ((Label) ((HBox) n).getChildren().get(0)).getText()).toList();
    }

    private static String textWith(List<Text> texts, String style) {
        return texts.stream().filter(t -> t.getStyleClass().contains(style)).map(Text::getText).collect(Collectors.joining());
    }

    private static String joined(List<Text> texts) {
        return texts.stream().map(Text::getText).collect(Collectors.joining());
    }

    private static List<Text> texts(Node root) {
        return all(root).stream().filter(n -> n instanceof Text).map(Text.class::cast).toList();
    }

    private static List<Node> all(Node root) {
        List<Node> out = new ArrayList<>();
        out.add(root);
        if (root instanceof ScrollPane s && s.getContent() != null) {
            out.addAll(all(s.getContent()));
        }
        if (root instanceof Parent p && !(root instanceof Label)) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(all(c)));
        }
        return out;
    }
}
