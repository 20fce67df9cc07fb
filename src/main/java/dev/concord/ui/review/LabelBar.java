package dev.concord.ui.review;

import dev.concord.review.LabelSet;
import dev.concord.review.ReviewLabel;
import dev.concord.ui.common.Styles;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;

import java.util.function.Consumer;

/** The label set as buttons, each showing its key; the chosen label is highlighted. */
public final class LabelBar extends FlowPane {
    public static final String BUTTON_ID_PREFIX = "label-";

    public LabelBar() {
        super(6, 6);
        getStyleClass().add("label-bar");
    }

    /** Rebuilds the buttons for a label set; a click calls {@code choose} with the label id. */
    public void show(LabelSet labels, Consumer<String> choose) {
        getChildren().clear();
        for (ReviewLabel l : labels.labels()) {
            Button b = new Button(l.key() + "  " + l.name());
            b.setId(BUTTON_ID_PREFIX + l.id());
            b.setUserData(l.id());
            b.setFocusTraversable(false);
            b.getStyleClass().add(Styles.LABEL_BUTTON);
            b.setOnAction(e -> choose.accept(l.id()));
            getChildren().add(b);
        }
    }

    /** The keys of a label set as a range for shortcut hints, e.g. {@code 1–6}. */
    public static String keyRange(LabelSet labels) {
        var keys = labels.labels().stream().map(ReviewLabel::key).sorted().toList();
        return keys.size() == 1 ? keys.get(0) : keys.get(0) + "–" + keys.get(keys.size() - 1);
    }

    public void select(String id) {
        getChildren().forEach(n -> {
            n.getStyleClass().remove(Styles.LABEL_SELECTED);
            if (id != null && id.equals(n.getUserData())) {
                n.getStyleClass().add(Styles.LABEL_SELECTED);
            }
        });
    }
}
