package io.converge.ai.feature;

/**
 * The model's inputs, in column order. Each carries the sentence a compliance officer reads when the feature pushes a
 * score up ({@code %s} is the value). Order is part of a model's identity: a model stores the names it was trained on
 * and refuses to load against a different list.
 *
 * <p>There is deliberately no raw-amount column: amounts enter only relative to the account's own history, to motif
 * neighbours and to reporting thresholds, so a model carries over between currencies and simulators.
 */
public enum Feature {
  JUST_BELOW_THRESHOLD("the amount sits just below a reporting threshold (%s)"),
  AMOUNT_VS_SENDER_MEAN("the amount is %s times the sender's recent average payment"),
  AMOUNT_VS_LAST_RECEIVED("the sender is passing on %s of a payment it just received"),
  PAIR_PRIOR_COUNT("the sender has paid this recipient only %s times before"),
  PAIR_IS_NEW("this is the first transfer ever between these two accounts (%s)"),
  PAIR_AGE_DAYS("the relationship between the two accounts is only %s days old"),
  PAIR_DAYS_SINCE_LAST("%s days passed since the previous transfer between them"),
  PAIR_COUNT_7D("the pair exchanged %s transfers in the last 7 days"),
  PAIR_GAP_IRREGULARITY("the timing breaks the pair's usual rhythm (irregularity %s)"),
  PAIR_OFF_BEAT("the transfer comes %s days off the pair's previous interval"),
  REVERSE_PAIR("money has flowed back from recipient to sender before (%s)"),
  SENDER_AGE_DAYS("the sender first appeared %s days ago"),
  RECIPIENT_AGE_DAYS("the recipient first appeared %s days ago"),
  SENDER_OUT_1D("the sender made %s payments today"),
  SENDER_OUT_7D("the sender made %s payments in 7 days"),
  SENDER_OUT_30D("the sender made %s payments in 30 days"),
  SENDER_IN_7D("the sender received %s payments in 7 days"),
  SENDER_IN_30D("the sender received %s payments in 30 days"),
  RECIPIENT_IN_1D("the recipient received %s payments today"),
  RECIPIENT_IN_7D("the recipient received %s payments in 7 days"),
  RECIPIENT_IN_30D("the recipient received %s payments in 30 days"),
  RECIPIENT_OUT_7D("the recipient made %s payments in 7 days"),
  SENDER_FAN_OUT_30D("the sender paid %s distinct accounts in 30 days (fan-out)"),
  RECIPIENT_FAN_IN_30D("the recipient was paid by %s distinct accounts in 30 days (fan-in)"),
  SENDER_NEW_OUT_30D("the sender opened %s new outgoing relationships in 30 days"),
  SENDER_NEW_IN_30D("the sender gained %s new paying counterparties in 30 days"),
  RECIPIENT_NEW_IN_30D("the recipient gained %s new paying counterparties in 30 days"),
  RECIPIENT_NEW_OUT_30D("the recipient opened %s new outgoing relationships in 30 days"),
  SENDER_NEW_OUT_SHARE("%s of the sender's recent recipients are new relationships"),
  RECIPIENT_NEW_IN_SHARE("%s of the recipient's recent senders are new relationships"),
  SENDER_PASS_THROUGH("the sender paid out %s of what it received in 30 days (pass-through)"),
  SENDER_AMOUNT_REGULARITY("the sender's recent payments have near-identical amounts (variation %s)"),
  CYCLE_HOPS("the money can return to the sender through new relationships in %s hops (cycle)"),
  RELAY_IN_7D("the sender received %s payments over new relationships in 7 days and is forwarding (layering)"),
  RELAY_CHAIN_DEPTH("the money reached the sender through a chain of %s new relationships (layering)"),
  RECIPIENT_FORWARDS_7D("the recipient forwarded %s payments over new relationships in 7 days"),
  GROUP_LINKS("%s links join the sender's and recipient's new counterparties (bipartite or stacked layering)"),
  GROUP_DENSITY("the two groups of new counterparties are %s fully cross-connected"),
  COMMON_SOURCE("%s of the recipient's new senders were funded by the same source as the sender (scatter-gather)"),
  SENDER_HEAT("suspicion propagated to the sender from flagged or layering counterparties (%s)"),
  RECIPIENT_HEAT("suspicion propagated to the recipient from flagged or layering counterparties (%s)"),
  ANOMALY("the transfer looks unlike anything seen before (isolation-forest score %s)");

  private final String sentence;

  Feature(String sentence) {
    this.sentence = sentence;
  }

  /** Plain-language reason, with the value formatted for a reader. */
  public String explain(double value) {
    String v = value == Math.rint(value) && Math.abs(value) < 1e9
        ? Long.toString((long) value)
        : String.format(java.util.Locale.ROOT, "%.2f", value);
    return String.format(java.util.Locale.ROOT, sentence, v);
  }

  /** Columns the transaction graph produces; {@link #ANOMALY} is appended by the scorer. */
  public static final int GRAPH_COUNT = ANOMALY.ordinal();
  public static final int COUNT = values().length;
}
