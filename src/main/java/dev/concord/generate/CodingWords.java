package dev.concord.generate;

import java.util.List;

/** Slot fillers shared by the coding scenarios: names that look like a real team's code base. */
final class CodingWords {
    static final List<String> PACKAGES = List.of(
            "com.northwind.billing", "com.northwind.orders", "com.northwind.shipping", "io.fleetops.dispatch",
            "com.acme.inventory", "org.example.reports", "com.northwind.pricing", "dev.tally.ledger");
    static final List<String> SERVICES = List.of(
            "InvoiceParser", "OrderService", "ShipmentMapper", "ReportExporter", "PaymentGateway", "TaxCalculator",
            "CsvImporter", "PricingEngine", "LedgerReconciler", "DispatchPlanner", "RefundProcessor",
            "StockLevelSync");
    static final List<String> CALLERS = List.of(
            "Main", "ImportJob", "BatchRunner", "OrderController", "NightlySync", "App", "Worker");
    static final List<String> METHODS = List.of(
            "parse", "process", "toDto", "calculateTotal", "export", "handle", "apply", "reconcile", "plan",
            "map");
    /** owner, getter, type, type getter, table, column. */
    static final List<List<String>> NULLABLE = List.of(
            List.of("Order", "getCustomer", "Customer", "getId", "orders", "customer_id"),
            List.of("Customer", "getAddress", "Address", "getPostcode", "customers", "address_id"),
            List.of("Invoice", "getCurrency", "Currency", "getCurrencyCode", "invoices", "currency"),
            List.of("Shipment", "getCarrier", "Carrier", "getName", "shipments", "carrier_id"),
            List.of("Job", "getRetryConfig", "RetryConfig", "getMaxAttempts", "jobs", "retry_config"),
            List.of("LineItem", "getProduct", "Product", "getSku", "line_items", "product_id"));
    static final List<String> TABLES = List.of(
            "orders", "invoices", "shipments", "payments", "customers", "events", "line_items", "refunds");
    static final List<String> PY_PACKAGES = List.of(
            "requests", "pandas", "numpy", "pydantic", "httpx", "sqlalchemy", "boto3", "python-dateutil");
    static final List<String> PY_MODULES = List.of(
            "etl/load_orders.py", "scripts/backfill.py", "app/reports.py", "jobs/nightly_export.py",
            "tools/reconcile.py", "service/ingest.py");
    static final List<String> BRANCHES = List.of(
            "feature/invoice-export", "fix/null-carrier", "feat/retry-policy", "chore/bump-jackson",
            "feature/ENG-2291-refunds", "bugfix/tz-offsets", "main", "develop");

    private CodingWords() {
    }

    /** Lower-cases the first letter: {@code OrderService} becomes {@code orderService}. */
    static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Puts {@code pkg}, {@code cls}, {@code clsVar}, {@code method}, {@code line}, {@code caller}, {@code callerLine}. */
    static void fillCodeLocation(Slots s) {
        s.putPick("pkg", PACKAGES);
        String cls = s.putPick("cls", SERVICES);
        s.put("clsVar", lowerFirst(cls));
        s.putPick("method", METHODS);
        s.put("line", s.between(12, 480));
        s.putPick("caller", CALLERS);
        s.put("callerLine", s.between(9, 160));
    }
}
