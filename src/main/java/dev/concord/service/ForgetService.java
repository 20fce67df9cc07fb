package dev.concord.service;

import dev.concord.model.TombstoneKind;
import dev.concord.redact.Pseudonyms;
import dev.concord.redact.Redactor;
import dev.concord.store.Database;
import dev.concord.store.ErasedCounts;
import dev.concord.store.Erasure;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The right to be forgotten: erases a user's sessions, a session, or every session whose stored text contains some
 * words, with everything derived from them (events, flagged items, candidates, the reviews and decisions of those
 * items), in one transaction, and records tombstones (keyed hashes, never the clear value) so that ingesting the
 * same log again does not bring them back. Idempotent: forgetting twice erases nothing the second time. The erasure
 * log keeps counts and keyed hashes only; the next export's manifest counts the erasures.
 */
public final class ForgetService {
    private final Database db;
    private final Redactor redactor;
    private final Clock clock;

    public ForgetService(Database db, Redactor redactor, Clock clock) {
        this.db = db;
        this.redactor = redactor;
        this.clock = clock;
    }

    public ForgetService(Database db) {
        this(db, ProjectRules.of(db), Clock.systemUTC());
    }

    /** Whom or what to forget. */
    public sealed interface Target {
        /** The text that was given; never stored or logged. */
        String value();

        /** Every session holding an event whose {@code user} field was this value. */
        record User(String value) implements Target {
        }

        /** A session, by its id in the log (or as Concord shows it: a pseudonym where the id held personal data). */
        record Session(String value) implements Target {
        }

        /** Every session whose stored text (prompts, answers, corrections, comments, reviews' notes) contains this. */
        record Matching(String value) implements Target {
        }
    }

    /**
     * What forgetting erased, or would erase (a preview).
     *
     * @param redactedText for {@link Target.Matching}: the text holds personal data, which redaction removed before
     *                     anything was stored, so stored texts cannot contain it
     */
    public record Result(Target target, ErasedCounts erased, boolean preview, boolean redactedText) {
    }

    /** Counts what {@link #forget} would erase, changing nothing but (on first use) the database's key. */
    public Result preview(Target target) {
        return run(target, false);
    }

    /** Erases, in one transaction. */
    public Result forget(Target target) {
        return run(target, true);
    }

    private Result run(Target target, boolean erase) {
        Objects.requireNonNull(target, "target");
        if (target.value() == null || target.value().isBlank()) {
            throw new IllegalArgumentException("nothing to forget: the " + kind(target) + " is empty");
        }
        return db.inUnitOfWork(store -> {
            Erasure erasure = store.erasure();
            Pseudonyms keys = new Pseudonyms(redactor, erasure.idPseudonymKey(Pseudonyms.KEY_BYTES));
            String userKey = target instanceof Target.User ? keys.user(target.value()) : null;
            Set<String> sessions = sessions(erasure, target, keys, userKey);
            String stored = userKey != null ? userKey : target instanceof Target.Session ? keys.apply(target.value(), null)
                    : target.value();
            ErasedCounts erased = erase
                    ? erasure.forget(sessions, userKey, keys::tombstone, kind(target), stored, clock.instant())
                    : erasure.count(sessions, userKey);
            boolean redactedText = target instanceof Target.Matching && !redactor.redact(target.value(), null)
                    .equals(target.value());
            return new Result(target, erased, !erase, redactedText);
        });
    }

    private static Set<String> sessions(Erasure erasure, Target target, Pseudonyms keys, String userKey)
            throws Exception {
        if (target instanceof Target.User) {
            return erasure.sessionsOfUser(userKey);
        }
        if (target instanceof Target.Session s) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(keys.apply(s.value(), null));
            forms.add(s.value());
            Set<String> found = new LinkedHashSet<>(erasure.storedSessions(forms));
            found.add(keys.apply(s.value(), null));
            return found;
        }
        return erasure.sessionsMatching(target.value());
    }

    /** The erasure log's name for the target's kind: user, session, matching. */
    static String kind(Target target) {
        if (target instanceof Target.User) {
            return TombstoneKind.USER;
        }
        return target instanceof Target.Session ? TombstoneKind.SESSION : "matching";
    }
}
