package dev.concord.redact;

/** Parses a candidate IPv6 address and applies the heuristics that keep code and times out. */
final class Ipv6Syntax {

    private Ipv6Syntax() {
    }

    /**
     * Whether {@code text[start, end)} is a syntactically valid IPv6 address that also looks like one:
     * it holds a digit, and a compressed form with fewer than three groups is {@code ::1} or has a
     * group with a hex letter or four digits ({@code fe80::1}, {@code 2001::1}, not {@code 1::2}).
     */
    static boolean isPlausibleAddress(String text, int start, int end) {
        if (end - start < 3) {
            return false;
        }
        String address = text.substring(start, end);
        int gap = address.indexOf("::");
        if (gap >= 0 && address.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        GroupCount head = new GroupCount();
        GroupCount tail = new GroupCount();
        String last = gap >= 0 ? address.substring(gap + 2) : address;
        if (gap >= 0 && !head.parse(address.substring(0, gap), false)) {
            return false;
        }
        if (!tail.parse(last, true)) {
            return false;
        }
        int groups = head.groups + tail.groups + (tail.ipv4Tail ? 2 : 0);
        boolean sizeOk = gap >= 0 ? groups <= 7 : groups == 8;
        return sizeOk && TextScan.countDigits(address, 0, address.length()) > 0
                && (gap < 0 || tail.ipv4Tail || head.groups + tail.groups >= 3 || "::1".equals(address)
                        || head.distinctive || tail.distinctive);
    }

    /** Counts the colon-separated hex groups of one side of {@code ::}. */
    private static final class GroupCount {
        int groups;
        boolean ipv4Tail;
        boolean distinctive;

        boolean parse(String part, boolean mayEndInIpv4) {
            if (part.isEmpty()) {
                return true;
            }
            String[] pieces = part.split(":", -1);
            for (int i = 0; i < pieces.length; i++) {
                String piece = pieces[i];
                boolean lastPiece = i == pieces.length - 1;
                if (lastPiece && mayEndInIpv4 && piece.indexOf('.') >= 0) {
                    if (!isDottedQuad(piece)) {
                        return false;
                    }
                    ipv4Tail = true;
                } else if (!isHexGroup(piece)) {
                    return false;
                } else {
                    groups++;
                    distinctive |= piece.length() == 4 || hasHexLetter(piece);
                }
            }
            return true;
        }
    }

    private static boolean isHexGroup(String piece) {
        if (piece.isEmpty() || piece.length() > 4) {
            return false;
        }
        for (int i = 0; i < piece.length(); i++) {
            if (!TextScan.isHexDigit(piece.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasHexLetter(String piece) {
        for (int i = 0; i < piece.length(); i++) {
            if (!TextScan.isDigit(piece.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isDottedQuad(String s) {
        String[] octets = s.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || (octet.length() > 1 && octet.charAt(0) == '0')) {
                return false;
            }
            for (int i = 0; i < octet.length(); i++) {
                if (!TextScan.isDigit(octet.charAt(i))) {
                    return false;
                }
            }
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
