package dev.concord.generate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Session slots of the support assistant: a customer of one regional store with one order, with dates
 * that follow from the day the session happens.
 */
final class SupportWords {
    static final List<String> NAMES = List.of(
            "Sarah", "Mohammed", "Zoë", "José", "Emily", "Raj", "Søren", "Amélie", "Chris", "Olivia", "Łukasz",
            "Grace", "Kwame", "Hannah", "Mei", "Tom", "Isabel", "Ahmed", "Nina", "Patrick");
    static final List<String> AGENTS = List.of("Priya", "Sam", "Jordan", "Elena", "Marcus", "Aoife");
    /** Item and its price in pounds; other stores convert. */
    private static final List<String> ITEMS = List.of(
            "Aurora LED desk lamp|49.99", "Nordvik wool throw|64.00", "Kettle Pro 1.7L|39.95",
            "ceramic pour-over coffee set|29.50", "linen duvet cover (king)|89.00", "bamboo bath towels (set of 4)|34.99",
            "cast-iron skillet 28cm|44.00", "smart plug 2-pack|24.99", "oak floating shelf 80cm|55.00",
            "QC-200 noise-cancelling headphones|149.00", "Halden ceramic table lamp|72.50", "memory foam pillow|27.99");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);
    /** Formatted dates by epoch day (negative keys for US style): a log spans a few dozen days. */
    private static final Map<Long, String> DATES = new ConcurrentHashMap<>();

    private SupportWords() {
    }

    /**
     * Puts region, currency, cur (symbol), carrier, name, agentName, order, item, price, orderDate,
     * dispatchDate, expected, today, refundBy, returnBy, tracking, wait, returnFee.
     */
    static void fill(Slots s, long startEpochSecond) {
        LocalDate today = LocalDate.ofInstant(Instant.ofEpochSecond(startEpochSecond), ZoneOffset.UTC);
        int region = s.rng().nextInt(10);
        boolean us = region >= 7;
        boolean eu = region >= 5 && !us;
        s.put("region", us ? "US" : eu ? "EU" : "UK");
        s.put("currency", us ? "USD" : eu ? "EUR" : "GBP");
        String cur = us ? "$" : eu ? "€" : "£";
        s.put("cur", cur);
        s.put("carrier", us ? s.pick("UPS", "USPS", "FedEx") : eu ? s.pick("DHL", "DPD", "GLS") : s.pick("Royal Mail", "DPD", "Evri"));
        s.put("tracking", us ? "1Z" + s.between(100, 999) + "W" + s.between(10_000_000, 99_999_999)
                : eu ? "JJD" + s.between(100_000_000, 999_999_999) + s.between(100, 999)
                : s.pick("AB", "RM", "TT") + s.between(10_000_000, 99_999_999) + s.between(1, 9) + "GB");
        s.putPick("name", NAMES);
        s.putPick("agentName", AGENTS);
        s.put("order", "BW-" + s.between(1_000_000, 9_999_999));
        String[] item = s.pick(ITEMS).split("\\|");
        s.put("item", item[0]);
        double gbp = Double.parseDouble(item[1]);
        s.put("price", cur + money(us ? gbp * 1.25 : eu ? gbp * 1.16 : gbp));
        s.put("returnFee", cur + (us ? "5.95" : eu ? "4.95" : "3.95"));
        LocalDate ordered = today.minusDays(s.between(2, 24));
        LocalDate dispatched = businessDays(ordered, 1);
        s.put("today", date(today, us));
        s.put("orderDate", date(ordered, us));
        s.put("dispatchDate", date(dispatched, us));
        s.put("expected", date(businessDays(dispatched, s.between(3, 5)), us));
        s.put("refundBy", date(businessDays(today, 10), us));
        s.put("returnBy", date(businessDays(ordered, 4).plusDays(30), us));
        s.put("wait", s.between(2, 25));
    }

    private static String date(LocalDate d, boolean us) {
        long key = us ? -d.toEpochDay() - 1 : d.toEpochDay();
        return DATES.computeIfAbsent(key, k -> (us ? US_DATE : UK_DATE).format(d));
    }

    private static String money(double value) {
        long cents = Math.round(value * 100);
        if (cents % 100 != 0 && cents % 100 != 50) {
            cents = cents / 100 * 100 + 99;
        }
        return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
    }

    private static LocalDate businessDays(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }
}
