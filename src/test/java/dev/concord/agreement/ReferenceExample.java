package dev.concord.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** One published worked example from {@code src/test/resources/agreement/}. */
record ReferenceExample(String file, JsonNode json) {

    static final List<String> FILES = List.of(
            "cohen_artstein_poesio2008_table1_2cat.json",
            "cohen_artstein_poesio2008_table4_3cat.json",
            "fleiss_wikipedia_10x14.json",
            "krippendorff_nltk_easy_3coders.json",
            "krippendorff_wikipedia_3coders_15units.json",
            "weighted_kappa_sklearn_3cat.json");

    static ReferenceExample load(String file) {
        try (InputStream in = ReferenceExample.class.getResourceAsStream("/agreement/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + file);
            }
            return new ReferenceExample(file, new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String metric() {
        return json.get("metric").asText();
    }

    double expected() {
        return json.get("expected").asDouble();
    }

    double tolerance() {
        return json.get("tolerance").asDouble();
    }

    /** Whether the notes say the rater columns are anonymous slots. */
    boolean anonymousRaters() {
        return json.path("notes").asText().contains("anonymous");
    }

    List<String> categories() {
        List<String> result = new ArrayList<>();
        json.get("categories").forEach(c -> result.add(c.asText()));
        return result;
    }

    boolean numericCategories() {
        for (JsonNode c : json.get("categories")) {
            if (!c.isNumber()) {
                return false;
            }
        }
        return true;
    }

    /** The example as a table; numeric categories become an interval scale. */
    RatingTable table() {
        List<String> raters = new ArrayList<>();
        json.get("raters").forEach(r -> raters.add(r.asText()));
        RatingTable.Builder builder = RatingTable.builder();
        raters.forEach(builder::addReviewer);
        JsonNode items = json.get("items");
        for (int i = 0; i < items.size(); i++) {
            String item = "item" + i;
            builder.addItem(item);
            for (int r = 0; r < raters.size(); r++) {
                JsonNode label = items.get(i).get(r);
                if (!label.isNull()) {
                    builder.add(item, raters.get(r), label.asText());
                }
            }
        }
        builder.scale(numericCategories() ? LabelScale.numeric(categories())
                : LabelScale.nominal(categories()));
        return builder.build();
    }
}
