// CI only: a local provider that answers each case with its own expected answer (vars.expected), so a run shows
// that the exported assertions pass for the answer they describe. No network.
class ReferenceAnswer {
  id() {
    return 'concord-reference-answer';
  }

  async callApi(prompt, context) {
    return { output: String((context && context.vars && context.vars.expected) || '') };
  }
}

module.exports = ReferenceAnswer;
