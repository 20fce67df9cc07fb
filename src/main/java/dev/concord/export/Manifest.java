package dev.concord.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.concord.curate.ExampleFile;
import dev.concord.curate.ExclusionReason;
import dev.concord.curate.ExportPolicy;
import dev.concord.curate.Origin;
import dev.concord.redact.Redactor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what an export holds and how it was made. {@code created_at} is the only field that
 * changes when the same database is exported again with the same policy; everything else, the file hashes
 * included, is a function of the data and the policy. Every text written passes the redactor (reviewer names,
 * the database path, labels, keys), like every text in the data files.
 *
 * @param files        relative path to rows and SHA-256, in file order
 * @param agreement    label agreement over all latest reviews ({@code AgreementJson} without per-item rows), or null
 * @param reviewers    id to name of the reviewers and leads behind at least one row
 * @param asOf         the newest example's time, from which recency weights are measured, or null
 * @param unreviewed   flagged items nobody has reviewed yet (not exported, not listed one by one)
 * @param erasures     what forgetting and withdrawn consent erased from the database so far: {@code requests},
 *                     {@code sessions}, {@code events}, {@code items}, {@code candidates}, {@code reviews} (counts only)
 */
public record Manifest(Instant createdAt, String concordVersion, String database, ExportPolicy policy,
                       Map<String, ExportWriter.FileSummary> files, Tally tally, Map<String, Object> agreement,
                       Map<String, String> reviewers, Instant asOf, long unreviewed, Map<String, Long> erasures) {
    public static final String FORMAT = "concord-export/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("created_at", createdAt.toString());
        m.put("concord_version", concordVersion);
        m.put("database", database);
        m.put("policy", PolicyJson.toMap(policy));
        Map<String, Object> f = new LinkedHashMap<>();
        for (Map.Entry<String, ExportWriter.FileSummary> e : files.entrySet()) {
            Map<String, Object> one = new LinkedHashMap<>();
            if (e.getValue().rows() >= 0) {
                one.put("rows", e.getValue().rows());
            }
            ExampleFile data = dataFile(e.getKey());
            if (data != null) {
                one.put("rows_with_tools", e.getValue().toolRows());
                Map<String, Object> origins = new LinkedHashMap<>();
                for (Origin o : Origin.values()) {
                    origins.put(o.code(), tally.rows(data, o));
                }
                one.put("by_origin", origins);
            }
            one.put("sha256", e.getValue().sha256());
            f.put(e.getKey(), one);
        }
        m.put("files", f);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("rows", tally.totalRows());
        for (Origin o : Origin.values()) {
            totals.put(o.code(), tally.totalRows(o));
        }
        m.put("totals", totals);
        Map<String, Object> items = new LinkedHashMap<>();
        items.put("reviewed", tally.reviewedItems());
        items.put("agreed", tally.agreedItems());
        items.put("not_yet_reviewed", unreviewed);
        items.put("automatic_candidates", tally.candidates());
        m.put("sources", items);
        Map<String, Object> excluded = new LinkedHashMap<>();
        for (Map.Entry<ExclusionReason, Long> e : tally.excluded().entrySet()) {
            excluded.put(e.getKey().code(), e.getValue());
        }
        m.put("excluded", excluded);
        Map<String, Object> recency = new LinkedHashMap<>();
        recency.put("as_of", asOf == null ? null : asOf.toString());
        recency.put("half_life_days", policy.curation().halfLifeDays());
        m.put("recency", recency);
        m.put("agreement", agreement);
        List<Object> people = new ArrayList<>();
        reviewers.forEach((id, name) -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", id);
            p.put("name", name);
            people.add(p);
        });
        m.put("reviewers", people);
        m.put("erasures", new LinkedHashMap<>(erasures));
        return m;
    }

    /** Writes the manifest with every text in it (keys and values) passed through the redactor. */
    public void write(Path file, Redactor redactor) throws IOException {
        MAPPER.writeValue(file.toFile(), redacted(toMap(), redactor));
    }

    private static Object redacted(Object value, Redactor redactor) {
        if (value instanceof String s) {
            return redactor.redact(s, null);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(redactor.redact(String.valueOf(k), null), redacted(v, redactor)));
            return out;
        }
        if (value instanceof Collection<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(redacted(v, redactor)));
            return out;
        }
        return value;
    }

    private static ExampleFile dataFile(String path) {
        for (ExampleFile f : ExampleFile.values()) {
            if (f.path().equals(path)) {
                return f;
            }
        }
        return null;
    }
}
