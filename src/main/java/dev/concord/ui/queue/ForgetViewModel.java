package dev.concord.ui.queue;

import dev.concord.service.ForgetService;
import dev.concord.store.ErasedCounts;
import dev.concord.ui.common.TaskExecutor;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Forget this session": counts what forgetting the selected item's session would erase (in the background), lets
 * the view ask for confirmation with those counts, then forgets it in the background and reloads the queue. The
 * status line reports counts only. The service is made (it reads the project's rules) inside the background job.
 */
public final class ForgetViewModel {
    private final Supplier<ForgetService> service;
    private final TaskExecutor tasks;
    private final Runnable afterForget;
    private final Consumer<String> status;

    /** @param service a forget service over the database open at the time of the call (made off the FX thread) */
    public ForgetViewModel(Supplier<ForgetService> service, TaskExecutor tasks, Runnable afterForget,
                           Consumer<String> status) {
        this.service = service;
        this.tasks = tasks;
        this.afterForget = afterForget;
        this.status = status;
    }

    /** Counts, off the FX thread, what forgetting the session would erase; {@code onCounted} runs on the FX thread. */
    public void preview(String session, Consumer<ForgetService.Result> onCounted) {
        tasks.run("Counting what forgetting would erase…",
                p -> service.get().preview(new ForgetService.Target.Session(session)), onCounted, this::failed);
    }

    /** Forgets the session, off the FX thread, then reloads the queue. */
    public void forget(String session) {
        tasks.run("Forgetting a session…", p -> service.get().forget(new ForgetService.Target.Session(session)), r -> {
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
