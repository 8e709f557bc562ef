package io.converge.ai.data;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An AMLSim-layout directory after loading: transfers sorted by time then id (the order the graph must see them in),
 * alert typologies, the mapping back to the file's account ids, and every row that was rejected.
 */
public record AmlsimDataset(
    List<LabeledTransfer> transfers,
    Map<Long, Alert> alerts,
    Map<io.converge.types.Address, String> accountNames,
    List<RowError> errors,
    String digest) {

  /** An alert from {@code alert_transactions.csv}: its typology and whether it is a true SAR or a decoy. */
  public record Alert(long id, String typology, boolean sar) {
    public Alert {
      Objects.requireNonNull(typology, "typology");
    }
  }

  public AmlsimDataset {
    transfers = List.copyOf(transfers);
    alerts = Map.copyOf(alerts);
    accountNames = Map.copyOf(accountNames);
    errors = List.copyOf(errors);
    Objects.requireNonNull(digest, "digest");
  }

  /** The typology of a labelled transfer's alert, or {@code "none"}. */
  public String typologyOf(LabeledTransfer t) {
    Alert a = alerts.get(t.alertId());
    return a == null ? "none" : a.typology();
  }

  public String accountName(io.converge.types.Address address) {
    return accountNames.getOrDefault(address, address.toHex());
  }
}
