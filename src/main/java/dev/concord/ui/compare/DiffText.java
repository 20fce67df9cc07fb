package dev.concord.ui.compare;

import dev.concord.review.WordDiff;
import dev.concord.ui.common.Styles;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.List;

/** A word-level diff as flowing text: removed words struck through in red, added words underlined in green. */
public final class DiffText extends TextFlow {
    public DiffText(List<WordDiff.Segment> diff) {
        getStyleClass().add(Styles.DIFF_TEXT);
        for (WordDiff.Segment s : diff) {
            Text t = new Text(s.text());
            t.getStyleClass().add(switch (s.kind()) {
                case SAME -> Styles.DIFF_SAME;
                case ADDED -> Styles.DIFF_ADDED;
                case REMOVED -> Styles.DIFF_REMOVED;
            });
            getChildren().add(t);
        }
    }
}
