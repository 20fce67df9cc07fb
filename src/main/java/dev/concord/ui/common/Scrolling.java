package dev.concord.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolling a node of a scroll pane's content into view, once the pane has been laid out. */
public final class Scrolling {
    private Scrolling() {
    }

    /**
     * Scrolls {@code pane} the least that shows {@code node} (its start where it does not fit); with {@code top}, so
     * that the node's top is at the viewport's top where the content allows. A pane not laid out yet scrolls when it is.
     */
    public static void reveal(ScrollPane pane, Node node, boolean top) {
        if (pane.getScene() != null && pane.getViewportBounds().getWidth() > 0) {
            pane.applyCss();
            pane.layout();
            scroll(pane, node, top);
            return;
        }
        ChangeListener<Bounds> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Bounds> obs, Bounds old, Bounds now) {
                if (now.getWidth() > 0) {
                    pane.viewportBoundsProperty().removeListener(this);
                    Platform.runLater(() -> reveal(pane, node, top));
                }
            }
        };
        pane.viewportBoundsProperty().addListener(once);
    }

    private static void scroll(ScrollPane pane, Node node, boolean top) {
        Node content = pane.getContent();
        if (content == null || node.getScene() == null || !isInside(node, content)) {
            return;
        }
        Bounds at = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        Bounds view = pane.getViewportBounds();
        Bounds all = content.getLayoutBounds();
        double spareX = all.getWidth() - view.getWidth();
        if (spareX > 0) {
            double x = least(pane.getHvalue() * spareX, view.getWidth(), at.getMinX(), at.getMaxX(), false);
            pane.setHvalue(Math.min(1, x / spareX));
        }
        double spareY = all.getHeight() - view.getHeight();
        if (spareY > 0) {
            double y = least(pane.getVvalue() * spareY, view.getHeight(), at.getMinY(), at.getMaxY(), top);
            pane.setVvalue(Math.min(1, y / spareY));
        }
    }

    /** The new start of a window of {@code size} at {@code from} that shows {@code min..max} (its start first). */
    static double least(double from, double size, double min, double max, boolean alignStart) {
        if (alignStart || min < from || max - min > size) {
            return Math.max(0, min);
        }
        return max > from + size ? max - size : from;
    }

    private static boolean isInside(Node node, Node content) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }
}
