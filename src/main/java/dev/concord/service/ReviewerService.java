package dev.concord.service;

import dev.concord.review.Reviewer;
import dev.concord.store.Database;
import dev.concord.store.ReviewerRepository;
import dev.concord.store.SettingsRepository;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Who reviews: the reviewers in the store, adding one, the lead role, and which reviewer this computer's user
 * picked last (kept in the database's settings under {@code reviewer.last.<OS user>}).
 */
public final class ReviewerService {
    static final String LAST_PREFIX = "reviewer.last.";
    /** Longest reviewer name accepted. */
    public static final int MAX_NAME = 80;

    private final ReviewerRepository reviewers;
    private final SettingsRepository settings;
    private final String osUser;
    private final Clock clock;

    /** @param osUser whose last pick to remember, e.g. {@code System.getProperty("user.name")} */
    public ReviewerService(Database db, String osUser, Clock clock) {
        this.reviewers = new ReviewerRepository(db);
        this.settings = new SettingsRepository(db);
        this.osUser = osUser == null || osUser.isBlank() ? "default" : osUser;
        this.clock = clock;
    }

    public ReviewerService(Database db) {
        this(db, System.getProperty("user.name"), Clock.systemUTC());
    }

    /** Every reviewer, by name. */
    public List<Reviewer> reviewers() {
        return reviewers.list();
    }

    public Optional<Reviewer> find(String id) {
        return reviewers.find(id);
    }

    /** The reviewer with this display name (surrounding blanks ignored). */
    public Optional<Reviewer> named(String name) {
        return name == null || name.isBlank() ? Optional.empty() : reviewers.findByName(name);
    }

    /**
     * Adds a reviewer, in one transaction (of two adding the same name at once, one is refused).
     *
     * @throws IllegalArgumentException if the name is blank, too long, or already taken
     */
    public Reviewer add(String name, boolean lead) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("name: a reviewer needs a name");
        }
        if (n.length() > MAX_NAME) {
            throw new IllegalArgumentException("name: at most " + MAX_NAME + " characters");
        }
        return reviewers.create(n, lead, clock.instant()).orElseThrow(() ->
                new IllegalArgumentException("name: there is already a reviewer called '" + n + "'"));
    }

    /** Gives or takes the lead role (leads may adjudicate disagreements). */
    public Reviewer setLead(String reviewerId, boolean lead) {
        reviewers.setLead(reviewerId, lead);
        return reviewers.find(reviewerId).orElseThrow();
    }

    /**
     * Who is looking, for the commands that show reviews: the reviewer named {@code asName}, or, when that is
     * null, the one this OS user picked last in the app.
     */
    public Optional<Reviewer> viewer(String asName) {
        return asName != null ? named(asName) : remembered();
    }

    /** The reviewer this OS user picked last, if they still exist. */
    public Optional<Reviewer> remembered() {
        return settings.get(LAST_PREFIX + osUser).flatMap(reviewers::find);
    }

    /** Remembers the pick for the next start. */
    public void remember(Reviewer reviewer) {
        settings.put(LAST_PREFIX + osUser, reviewer.id());
    }
}
