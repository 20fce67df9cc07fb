package dev.concord.service;

import dev.concord.review.ReviewSettings;
import dev.concord.store.Database;
import dev.concord.store.SettingsRepository;

/** The project's review settings: the label set (with keys) and the overlap, stored in the database. */
public final class ProjectSettingsService {
    private final Database db;
    private final SettingsRepository settings;

    public ProjectSettingsService(Database db) {
        this.db = db;
        this.settings = new SettingsRepository(db);
    }

    /** The saved settings, or the defaults (six labels, overlap 3). */
    public ReviewSettings settings() {
        return settings.reviewSettings();
    }

    /** Saves the label set and overlap together (on PostgreSQL, recomputing what each reviewed item wants). */
    public void save(ReviewSettings s) {
        settings.save(s);
        DynamicOverlap.refreshNow(db);
    }
}
