import PlanSynthesis
// Command-line front end of PlanSynthesis (benchmarks): see Benchmarks/.
print("plansynth")
