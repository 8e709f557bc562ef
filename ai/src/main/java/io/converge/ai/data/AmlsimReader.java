package io.converge.ai.data;

import io.converge.types.Address;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads an AMLSim output directory ({@code transactions.csv[.gz]}, optionally {@code alert_transactions.csv}). Bad rows
 * are collected with their line numbers instead of aborting, so one typo does not hide the rest of the report.
 */
public final class AmlsimReader {
  static final String TRANSACTIONS = "transactions.csv";
  static final String ALERT_TRANSACTIONS = "alert_transactions.csv";

  private AmlsimReader() {}

  /** Loads a directory. A missing transactions file is an {@link IOException}; bad rows end up in {@code errors()}. */
  public static AmlsimDataset read(Path dir) throws IOException {
    Path tx = resolve(dir, TRANSACTIONS);
    List<RowError> errors = new ArrayList<>();
    List<LabeledTransfer> transfers = new ArrayList<>();
    Map<Address, String> names = new HashMap<>();
    MessageDigest sha = sha256();
    try (BufferedReader in = open(tx, sha)) {
      readTransactions(in, tx.getFileName().toString(), transfers, names, errors);
    }
    Map<Long, AmlsimDataset.Alert> alerts = new HashMap<>();
    Path alertFile = dir.resolve(ALERT_TRANSACTIONS);
    if (Files.isRegularFile(alertFile)) {
      try (BufferedReader in = open(alertFile, null)) {
        readAlerts(in, ALERT_TRANSACTIONS, alerts, errors);
      }
    }
    // Same-timestamp transfers keep file order (tran_id): that is the only causal order we know.
    transfers.sort(Comparator.comparing((LabeledTransfer t) -> t.transfer().timestamp())
        .thenComparingLong(t -> t.transfer().id()));
    return new AmlsimDataset(transfers, alerts, names, errors, HexFormat.of().formatHex(sha.digest()));
  }

  /** Parses transactions from any reader; exposed for tests of malformed input. */
  public static AmlsimDataset parse(BufferedReader in, String fileName) throws IOException {
    List<RowError> errors = new ArrayList<>();
    List<LabeledTransfer> transfers = new ArrayList<>();
    Map<Address, String> names = new HashMap<>();
    readTransactions(in, fileName, transfers, names, errors);
    return new AmlsimDataset(transfers, Map.of(), names, errors, "unhashed");
  }

  private static void readTransactions(BufferedReader in, String file, List<LabeledTransfer> out,
      Map<Address, String> names, List<RowError> errors) throws IOException {
    String header = in.readLine();
    if (header == null) {
      errors.add(new RowError(file, 1, "empty file: expected a header row"));
      return;
    }
    Columns cols = new Columns(header.split(",", -1));
    int iId = cols.require("tran_id");
    int iFrom = cols.require("orig_acct");
    int iTo = cols.require("bene_acct");
    int iAmt = cols.require("base_amt");
    int iTs = cols.require("tran_timestamp");
    int iSar = cols.optional("is_sar");
    int iAlert = cols.optional("alert_id");
    if (!cols.missing.isEmpty()) {
      errors.add(new RowError(file, 1, "header lacks required columns " + cols.missing));
      return;
    }
    long line = 1;
    for (String row; (row = in.readLine()) != null; ) {
      line++;
      if (row.isBlank()) {
        continue;
      }
      String[] f = row.split(",", -1);
      if (f.length != cols.count()) {
        errors.add(new RowError(file, line, "expected " + cols.count() + " fields, found " + f.length));
        continue;
      }
      try {
        long id = Long.parseLong(f[iId].trim());
        Address from = account(f[iFrom], names);
        Address to = account(f[iTo], names);
        double amount = Double.parseDouble(f[iAmt].trim());
        if (!Double.isFinite(amount) || amount < 0) {
          throw new IllegalArgumentException("base_amt must be a non-negative number: " + f[iAmt]);
        }
        Instant ts = Instant.parse(f[iTs].trim());
        boolean sar = iSar >= 0 && Boolean.parseBoolean(f[iSar].trim());
        long alert = iAlert >= 0 && !f[iAlert].isBlank() ? Long.parseLong(f[iAlert].trim()) : -1;
        out.add(new LabeledTransfer(new Transfer(id, from, to, amount, ts), sar, alert));
      } catch (NumberFormatException e) {
        errors.add(new RowError(file, line, "not a number: " + e.getMessage()));
      } catch (DateTimeParseException e) {
        errors.add(new RowError(file, line, "bad tran_timestamp: " + e.getParsedString()));
      } catch (IllegalArgumentException e) {
        errors.add(new RowError(file, line, e.getMessage()));
      }
    }
  }

  private static void readAlerts(BufferedReader in, String file, Map<Long, AmlsimDataset.Alert> alerts,
      List<RowError> errors) throws IOException {
    String header = in.readLine();
    if (header == null) {
      return;
    }
    Columns cols = new Columns(header.split(",", -1));
    int iId = cols.require("alert_id");
    int iType = cols.require("alert_type");
    int iSar = cols.require("is_sar");
    if (!cols.missing.isEmpty()) {
      errors.add(new RowError(file, 1, "header lacks required columns " + cols.missing));
      return;
    }
    long line = 1;
    for (String row; (row = in.readLine()) != null; ) {
      line++;
      String[] f = row.split(",", -1);
      if (f.length != cols.count()) {
        errors.add(new RowError(file, line, "expected " + cols.count() + " fields, found " + f.length));
        continue;
      }
      try {
        long id = Long.parseLong(f[iId].trim());
        alerts.putIfAbsent(id, new AmlsimDataset.Alert(id, f[iType].trim(), Boolean.parseBoolean(f[iSar].trim())));
      } catch (NumberFormatException e) {
        errors.add(new RowError(file, line, "not a number: " + e.getMessage()));
      }
    }
  }

  /** AMLSim account ids are integers; we place them in the low bytes of an address, as the node does for test keys. */
  private static Address account(String field, Map<Address, String> names) {
    String s = field.trim();
    long n;
    try {
      n = Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("account id is not an integer: '" + s + "'");
    }
    if (n < 0) {
      throw new IllegalArgumentException("account id is negative: " + s);
    }
    Address a = Address.ofNumber(n);
    names.putIfAbsent(a, s);
    return a;
  }

  private static Path resolve(Path dir, String name) throws IOException {
    Path plain = dir.resolve(name);
    if (Files.isRegularFile(plain)) {
      return plain;
    }
    Path gz = dir.resolve(name + ".gz");
    if (Files.isRegularFile(gz)) {
      return gz;
    }
    throw new IOException("no " + name + " or " + name + ".gz in " + dir);
  }

  private static BufferedReader open(Path file, MessageDigest digest) throws IOException {
    InputStream raw = Files.newInputStream(file);
    if (digest != null) {
      raw = new DigestInputStream(raw, digest);
    }
    if (file.getFileName().toString().endsWith(".gz")) {
      raw = new GZIPInputStream(raw, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM ships SHA-256", e);
    }
  }

  private static final class Columns {
    private final String[] names;
    final List<String> missing = new ArrayList<>();

    Columns(String[] names) {
      this.names = names;
    }

    int count() {
      return names.length;
    }

    int require(String name) {
      int i = optional(name);
      if (i < 0) {
        missing.add(name);
      }
      return i;
    }

    int optional(String name) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].trim().equalsIgnoreCase(name)) {
          return i;
        }
      }
      return -1;
    }
  }
}
