package dev.concord.generate;

import java.util.List;
import java.util.Locale;

/** Coding-assistant requests about git, regular expressions, ports and containers. */
final class ToolingScenarios {
    private ToolingScenarios() {
    }

    static List<Scenario> all() {
        return List.of(undoCommit(), pushRejected(), versionRegex(), portInUse(), dockerLocalhost());
    }

    private static Scenario undoCommit() {
        return Scenario.builder("git-undo-commit")
                .slots(s -> {
                    s.putPick("branch", CodingWords.BRANCHES);
                    s.put("topic", "undoing the commit");
                    s.put("why", "`git reset --soft HEAD~1` moves the branch pointer back one commit but leaves the index and working tree alone.");
                })
                .question("How do I undo my last git commit but keep the changes?",
                        "how to undo last commit git keep changes",
                        "I committed to {{branch}} by mistake (not pushed yet). How do I undo the commit without losing my work?")
                .answer("""
                        ```
                        git reset --soft HEAD~1
                        ```

                        The commit is gone, your changes stay staged. Use `--mixed` (the default) to keep them unstaged instead. \
                        If you had already pushed, use `git revert HEAD` rather than rewriting shared history.""")
                .wrong("""
                        ```
                        git reset --hard HEAD~1
                        ```
                        This removes the last commit.""",
                        "Run `git commit --amend` and delete all lines of the message; an empty message cancels the commit.",
                        "Use `git checkout HEAD~1`; that moves you back one commit and keeps your files.")
                .correction("`git reset --soft HEAD~1` (keeps changes staged). NOT --hard, that deletes the changes.")
                .source("https://git-scm.com/docs/git-reset")
                .followUp("and if I already pushed it?",
                        """
                        Then don't rewrite history others may have pulled; add a commit that undoes it:

                        ```
                        git revert HEAD
                        git push
                        ```""",
                        "`git push --force` after the reset; that's always safe on your own branch.")
                .build();
    }

    private static Scenario pushRejected() {
        return Scenario.builder("git-push-rejected")
                .slots(s -> {
                    s.putPick("branch", CodingWords.BRANCHES);
                    s.putPick("remote", List.of("git@github.com:northwind-labs/billing.git", "https://gitlab.northwind.dev/platform/orders.git",
                            "git@github.com:northwind-labs/dispatch-service.git"));
                    s.put("topic", "the rejected push");
                    s.put("why", "someone else pushed to `" + s.get("branch") + "` first, so our branch was behind the remote and a push would have dropped their commits.");
                })
                .question("""
                        ```
                        To {{remote}}
                         ! [rejected]        {{branch}} -> {{branch}} (fetch first)
                        error: failed to push some refs to '{{remote}}'
                        hint: Updates were rejected because the remote contains work that you do not
                        hint: have locally.
                        ```
                        what do I do""",
                        "git push rejected (fetch first) on {{branch}}, should I force push?")
                .answer("""
                        Someone pushed to `{{branch}}` after your last pull. Integrate their commits, then push:

                        ```
                        git pull --rebase origin {{branch}}
                        # resolve conflicts if any, then: git rebase --continue
                        git push origin {{branch}}
                        ```

                        Don't `--force` here; it would delete their commits on the remote.""")
                .wrong("Use `git push --force`; the remote is just out of date.",
                        "Delete the remote branch with `git push origin :{{branch}}` and push again.",
                        "Run `git config --global push.default matching` and retry.")
                .correction("`git pull --rebase origin {{branch}}` then push. Force pushing would throw away a colleague's commits. If you really must, use `--force-with-lease`.")
                .source("https://git-scm.com/docs/git-push", "https://git-scm.com/docs/git-pull#Documentation/git-pull.txt---rebasefalsetruemergesinteractive")
                .followUp("I get a conflict in pom.xml during the rebase, how do I continue?",
                        """
                        Edit `pom.xml` to keep the right lines and remove the `<<<<<<<`/`>>>>>>>` markers, then:

                        ```
                        git add pom.xml
                        git rebase --continue
                        ```
                        `git rebase --abort` takes you back to where you started.""",
                        "Run `git rebase --skip`; that keeps both versions of the file.")
                .build();
    }

    private static Scenario versionRegex() {
        return Scenario.builder("regex-semver")
                .slots(s -> {
                    s.put("v1", s.version(s.between(1, 4), 20, 15));
                    s.put("v2", s.version(s.between(1, 4), 20, 15));
                    s.putPick("lang", List.of("Java", "Python", "JavaScript"));
                    s.put("topic", "the version regex");
                    s.put("why", "without word boundaries the pattern also matched parts of longer dotted numbers such as IP addresses.");
                })
                .question("""
                        I need a regex that pulls versions like {{v1}} or {{v2}}-rc.1 out of log lines such as
                        `{{isoDate}} INFO deployed billing-service {{v1}} to prod (build 7731)`. Using {{lang}}.""",
                        "regex to extract semantic version numbers ({{v1}}, {{v2}}-beta.2) from a string in {{lang}}")
                .answer("""
                        ```
                        \\b(\\d+)\\.(\\d+)\\.(\\d+)(?:-([0-9A-Za-z.-]+))?\\b
                        ```

                        Groups 1-3 are major/minor/patch, group 4 the optional pre-release (`rc.1`). The `\\b` anchors stop it matching inside longer dotted numbers. \
                        In {{lang}} remember to double the backslashes in a normal string literal.""")
                .wrong("""
                        ```
                        [0-9].[0-9].[0-9]
                        ```""",
                        """
                        ```
                        \\d+\\.\\d+
                        ```
                        This matches any version.""",
                        "Use `(.*)\\.(.*)\\.(.*)`; the groups capture each part.")
                .correction("`\\b\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?\\b`. The unescaped `.` matches any character, so `[0-9].[0-9].[0-9]` matches 1x2y3 and only single digits.")
                .source("https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string",
                        "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/Pattern.html")
                .build();
    }

    private static Scenario portInUse() {
        return Scenario.builder("port-in-use")
                .slots(s -> {
                    s.put("port", s.pick("8080", "8081", "3000", "5005", "9090", "8443"));
                    s.put("pid", s.between(1200, 98000));
                    s.put("bootVer", "3." + s.between(1, 4) + "." + s.between(0, 6));
                    s.put("topic", "the port conflict on " + s.get("port"));
                    s.put("why", "a previous run of the app was still listening on port " + s.get("port") + ", so the new one could not bind.");
                })
                .question("""
                        Spring Boot {{bootVer}} won't start:
                        ```
                        ***************************
                        APPLICATION FAILED TO START
                        ***************************

                        Description:

                        Web server failed to start. Port {{port}} was already in use.
                        ```""",
                        "java.net.BindException: Address already in use on port {{port}}, how do I find what's using it?")
                .answer("""
                        Find the process holding the port and stop it:

                        ```
                        lsof -nP -iTCP:{{port}} -sTCP:LISTEN
                        kill {{pid}}        # the PID from the output
                        ```

                        On Windows: `netstat -ano | findstr :{{port}}`. Or run on another port with `--server.port=8090`.""")
                .wrong("Port {{port}} is reserved by the OS. Change the port in `/etc/services` and reboot.",
                        "Run the app with `sudo`; ports below 65535 need root.",
                        "Add `server.port.reuse=true` to application.properties.")
                .correction("`lsof -nP -iTCP:{{port}} -sTCP:LISTEN` shows the PID (usually an old instance from the IDE); kill it or use `--server.port`.")
                .source("https://docs.spring.io/spring-boot/how-to/webserver.html#howto.webserver.change-port")
                .build();
    }

    private static Scenario dockerLocalhost() {
        return Scenario.builder("docker-localhost")
                .slots(s -> {
                    int k = s.rng().nextInt(4);
                    s.put("svcName", List.of("postgres", "redis", "rabbitmq", "mysql").get(k));
                    s.put("svcPort", List.of("5432", "6379", "5672", "3306").get(k));
                    s.put("image", List.of("postgres:16.4", "redis:7.2", "rabbitmq:3.13-management", "mysql:8.4").get(k));
                    s.put("envName", s.get("svcName").toUpperCase(Locale.ROOT));
                    s.put("error", List.of(
                            "org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                            "io.lettuce.core.RedisConnectionException: Unable to connect to localhost/<unresolved>:6379",
                            "java.net.ConnectException: Connection refused (localhost:5672)",
                            "com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure (localhost:3306)").get(k));
                    s.put("topic", "the connection refused from inside the container");
                    s.put("why", "inside a container `localhost` is the container itself, not the host or the other service.");
                })
                .question("""
                        my app runs in docker compose and can't reach {{svcName}}:
                        ```
                        {{error}}
                        ```
                        it works when I run the app outside docker""",
                        "docker container cannot connect to localhost:{{svcPort}} but host can")
                .answer("""
                        In a container, `localhost` is the container itself. In Compose, use the service name as host:

                        ```yaml
                        services:
                          app:
                            environment:
                              {{envName}}_HOST: {{svcName}}
                              {{envName}}_PORT: "{{svcPort}}"
                            depends_on: [{{svcName}}]
                          {{svcName}}:
                            image: {{image}}
                        ```

                        To reach something on the host instead, use `host.docker.internal`.""")
                .wrong("Expose the port with `-p {{svcPort}}:{{svcPort}}` on the app container.",
                        "Use `127.0.0.1` instead of `localhost`; Docker doesn't resolve localhost.",
                        "Set `network_mode: bridge` on both services.")
                .correction("Use the Compose service name (`{{svcName}}:{{svcPort}}`) as host; localhost inside the container is the container.")
                .source("https://docs.docker.com/compose/how-tos/networking/")
                .build();
    }
}
