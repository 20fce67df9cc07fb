package dev.concord.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

import java.util.function.Function;

/**
 * Runs an action once, a moment after the last of a burst of pokes (each keystroke in a form). The app's runs on
 * the FX clock; a view-model takes a {@link Factory} so that its tests, without the toolkit, fire it themselves.
 */
public interface Debounce {
    /** (Re)starts the wait: the action runs once the pokes stop for the delay. */
    void poke();

    /** Forgets a pending run. */
    void stop();

    /** Makes the debounce of an action. */
    interface Factory extends Function<Runnable, Debounce> {
    }

    /** The app's: {@code action} runs on the FX thread {@code millis} after the last poke. */
    static Factory fx(double millis) {
        return action -> {
            PauseTransition pause = new PauseTransition(Duration.millis(millis));
            pause.setOnFinished(e -> action.run());
            return new Debounce() {
                @Override
                public void poke() {
                    pause.playFromStart();
                }

                @Override
                public void stop() {
                    pause.stop();
                }
            };
        };
    }
}
