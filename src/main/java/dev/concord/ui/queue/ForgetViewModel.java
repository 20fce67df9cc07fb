package dev.concord.ui.queue;

import dev.concord.service.ForgetService;
import dev.concord.store.Database;
import dev.concord.store.ErasedCounts;
import dev.concord.ui.common.TaskRunner;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Forget this session": counts what forgetting the selected item's session would erase (in the background), lets
 * the view ask for confirmation with those counts, then forgets it in the background and reloads the queue. The
 * status line reports counts only.
 */
public final class ForgetViewModel {
    private final Supplier<Database> database;
    private final TaskRunner tasks;
    private final Runnable afterForget;
    private final Consumer<String> status;

    public ForgetViewModel(Supplier<Database> database, TaskRunner tasks, Runnable afterForget, Consumer<String> status) {
        this.database = database;
        this.tasks = tasks;
        this.afterForget = afterForget;
        this.status = status;
    }

    /** Counts, off the FX thread, what forgetting the session would erase; {@code onCounted} runs on the FX thread. */
    public void preview(String session, Consumer<ForgetService.Result> onCounted) {
        ForgetService service = new ForgetService(database.get());
        tasks.run("Counting what forgetting would erase…",
                p -> service.preview(new ForgetService.Target.Session(session)), onCounted, this::failed);
    }

    /** Forgets the session, off the FX thread, then reloads the queue. */
    public void forget(String session) {
        ForgetService service = new ForgetService(database.get());
        tasks.run("Forgetting a session…", p -> service.forget(new ForgetService.Target.Session(session)), r -> {
            status.accept("Forgotten: " + describe(r.erased()) + "; a tombstone keeps it out of later imports");
            afterForget.run();
        }, this::failed);
    }

    private void failed(Throwable t) {
        status.accept("Forgetting failed: " + t.getMessage());
    }

    /** The counts in words: "1 session, 3 events, 1 flagged item, 0 candidates, 1 review". */
    public static String describe(ErasedCounts n) {
        return plural(n.sessions(), "session") + ", " + plural(n.events(), "event") + ", "
                + plural(n.items(), "flagged item") + ", " + plural(n.candidates(), "candidate") + ", "
                + plural(n.reviews(), "review");
    }

    private static String plural(long n, String what) {
        return String.format("%,d %s%s", n, what, n == 1 ? "" : "s");
    }
}
