package dev.concord.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.sql.Connection;
import java.sql.Statement;

/**
 * A stand-alone embedded PostgreSQL 14 with its default (durable) settings, for running {@code concord bench review
 * --db URL} on a machine without a server: creates the empty databases named in the arguments, prints their URLs,
 * and runs until standard input closes.
 */
public final class PostgresServer {
    private PostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                for (String name : args) {
                    s.execute("CREATE DATABASE " + name);
                    System.out.println("jdbc:postgresql://localhost:" + pg.getPort() + "/" + name + "?user=postgres");
                }
            }
            System.out.flush();
            while (System.in.read() >= 0) {
                // runs until standard input closes
            }
        }
    }
}
