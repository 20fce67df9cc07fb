package dev.concord.ui.review;

import dev.concord.model.FlaggedItem;
import dev.concord.review.Review;
import dev.concord.review.ReviewProgress;
import dev.concord.review.Reviewer;
import dev.concord.review.Viewer;
import dev.concord.service.ReviewService;
import dev.concord.ui.compare.CompareViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.List;
import java.util.Optional;

/**
 * The review screen: the item the reviewer holds, the draft, submit/skip, then the blind reveal of every
 * review of the submitted item side by side (right away when "reveal after submit" is on, else on request),
 * revising one's own review, and progress. Store work runs through the workbench's {@link dev.concord.ui.common.TaskExecutor}.
 */
public final class ReviewViewModel {
    /** What the screen shows. */
    public enum Mode { NO_REVIEWER, LOADING, REVIEWING, REVEAL, DONE }

    private final ReviewWorkbench bench;
    private final ReviewForm form = new ReviewForm();
    private final CompareViewModel compare = new CompareViewModel(CompareViewModel.Base.MINE);
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.NO_REVIEWER);
    private final ReadOnlyObjectWrapper<FlaggedItem> item = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReviewProgress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper revising = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canReveal = new ReadOnlyBooleanWrapper();
    private final BooleanProperty revealAfterSubmit = new SimpleBooleanProperty(true);
    private final ItemChooser chooser;
    private final ItemScores scores;
    private FlaggedItem lastSubmitted;
    private Optional<FlaggedItem> upNext = Optional.empty();

    public ReviewViewModel(ReviewWorkbench bench) {
        this.bench = bench;
        this.chooser = new ItemChooser(this);
        this.scores = new ItemScores(bench);
        bench.reviewerProperty().addListener((obs, old, now) -> {
            if (old != null && item.get() != null && !revising.get()) {
                release(old, item.get());
            }
            start();
        });
        start();
    }

    /** Loads the item that most needs this reviewer (or the one they hold). */
    public void start() {
        lastSubmitted = null;
        canReveal.set(false);
        revising.set(false);
        Reviewer r = bench.reviewer();
        if (r == null) {
            item.set(null);
            mode.set(Mode.NO_REVIEWER);
            return;
        }
        mode.set(Mode.LOADING);
        ReviewService s = bench.reviews();
        run("Loading the next item…", () -> new Loaded(s.next(r.id()), s.progress(r.id())), this::show);
        chooser.refreshCount();
    }

    private record Loaded(Optional<FlaggedItem> next, ReviewProgress progress) {
    }

    private record Submitted(Review review, List<Review> all, Optional<FlaggedItem> next, ReviewProgress progress) {
    }

    private void show(Loaded loaded) {
        progress.set(loaded.progress());
        showNext(loaded.next());
    }

    private void showNext(Optional<FlaggedItem> next) {
        revising.set(false);
        item.set(next.orElse(null));
        form.reset(next.orElse(null));
        mode.set(next.isPresent() ? Mode.REVIEWING : Mode.DONE);
    }

    /** Shows a chosen item (from the queue or a skip taken back) as the one to review. */
    void showChosen(FlaggedItem it, String text) {
        lastSubmitted = null;
        canReveal.set(false);
        showNext(Optional.of(it));
        say(text, false);
    }

    /** Shows the reviewer's own review of a chosen item for revision. */
    void showOwn(FlaggedItem it, Optional<Review> mine, String text) {
        item.set(it);
        mine.ifPresentOrElse(m -> form.load(it, m), () -> form.reset(it));
        revising.set(true);
        mode.set(Mode.REVIEWING);
        say(text, false);
    }

    void say(String text, boolean isProblem) {
        problem.set(isProblem);
        message.set(text);
    }

    /** Submits the draft (or the revision); then the reveal, or the next item at once. */
    public void submit() {
        if (mode.get() != Mode.REVIEWING || busy.get()) {
            return;
        }
        Optional<String> missing = form.missing();
        if (missing.isPresent()) {
            say(missing.get(), true);
            return;
        }
        Reviewer r = bench.reviewer();
        FlaggedItem it = item.get();
        boolean revision = revising.get();
        ReviewService s = bench.reviews();
        var draft = form.draft();
        run("Submitting…", () -> {
            if (revision) {
                Review saved = s.revise(r.id(), it.id(), r.id(), draft);
                return new Submitted(saved, s.reveal(Viewer.of(r), it.id()), s.next(r.id()), s.progress(r.id()));
            }
            ReviewService.SubmittedAndNext done = s.submitAndNext(r.id(), it.id(), draft);
            return new Submitted(done.review(), s.reveal(Viewer.of(r), it.id()), done.next(), s.progress(r.id()));
        }, done -> {
            lastSubmitted = it;
            canReveal.set(true);
            progress.set(done.progress());
            upNext = done.next();
            compare.show(it, done.all(), r.id(), bench.settings().labels());
            if (revealAfterSubmit.get()) {
                mode.set(Mode.REVEAL);
            } else {
                showNext(upNext);
                say(String.format("Submitted %s (revision %d). V shows all its reviews side by side.", it.id(),
                        done.review().revision()), false);
            }
        });
    }

    /** Passes on the item: it is not offered to this reviewer again. */
    public void skip() {
        if (mode.get() != Mode.REVIEWING || busy.get() || revising.get()) {
            return;
        }
        Reviewer r = bench.reviewer();
        FlaggedItem it = item.get();
        ReviewService s = bench.reviews();
        run("Skipping…", () -> {
            s.skip(r.id(), it.id());
            return new Loaded(s.next(r.id()), s.progress(r.id()));
        }, loaded -> {
            show(loaded);
            say("Skipped " + it.id() + ". K lists your skipped items; you can take one back.", false);
            chooser.refreshCount();
        });
    }

    /** Shows the reviews of the item submitted last, side by side (re-read: others may have added theirs). */
    public void reveal() {
        if (lastSubmitted == null || busy.get() || mode.get() == Mode.REVEAL) {
            return;
        }
        Reviewer r = bench.reviewer();
        FlaggedItem it = lastSubmitted;
        ReviewService s = bench.reviews();
        upNext = Optional.ofNullable(item.get());
        run("Loading reviews…", () -> s.reveal(Viewer.of(r), it.id()), all -> {
            compare.show(it, all, r.id(), bench.settings().labels());
            mode.set(Mode.REVEAL);
        });
    }

    /** Leaves the reveal for the next item (or the draft that was in progress when the reveal was opened). */
    public void continueReviewing() {
        if (mode.get() != Mode.REVEAL) {
            return;
        }
        say("", false);
        FlaggedItem waiting = upNext.orElse(null);
        if (waiting != null && waiting == item.get()) {
            mode.set(Mode.REVIEWING);
        } else {
            showNext(upNext);
        }
    }

    /** From the reveal: edits one's own review of the revealed item as a new revision. */
    public void revise() {
        if (mode.get() != Mode.REVEAL || busy.get()) {
            return;
        }
        Reviewer r = bench.reviewer();
        FlaggedItem it = compare.itemProperty().get();
        ReviewService s = bench.reviews();
        run("Opening your review…", () -> s.myReview(r.id(), it.id()), mine -> showOwn(it, mine,
                "Revising your review of " + it.id() + ": every revision is kept, the latest counts."));
    }

    private void release(Reviewer who, FlaggedItem it) {
        ReviewService s = bench.reviews();
        bench.jobs().run("Releasing…", p -> {
            s.release(who.id(), it.id());
            return null;
        }, x -> { }, e -> { });
    }

    <T> void run(String title, java.util.function.Supplier<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        bench.jobs().run(title, p -> work.get(), value -> {
            busy.set(false);
            done.accept(value);
        }, error -> {
            busy.set(false);
            say(error.getMessage(), true);
            if (mode.get() == Mode.LOADING) {
                mode.set(Mode.DONE);
            }
        });
    }

    /** Skipped items and opening an item of one's choice. */
    public ItemChooser chooser() {
        return chooser;
    }

    /** The evaluator scores of the attempts on screen (metadata, not reviews). */
    public ItemScores scores() {
        return scores;
    }

    public ReviewForm form() {
        return form;
    }

    public CompareViewModel compare() {
        return compare;
    }

    public ReviewWorkbench workbench() {
        return bench;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FlaggedItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReviewProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the message says what is wrong, false when it only informs. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty revisingProperty() {
        return revising.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRevealProperty() {
        return canReveal.getReadOnlyProperty();
    }

    public BooleanProperty revealAfterSubmitProperty() {
        return revealAfterSubmit;
    }
}
