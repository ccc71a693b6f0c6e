// AccordFuzz: fuzz targets over the YAML loader, JSON parser, plan validator, outline and diff
// renderers. See Fuzz/README.md.
//
// Built normally it replays files: `AccordFuzz [--target NAME] FILE…`.
// Built with `-Xswiftc -DACCORD_FUZZ` and `-sanitize=fuzzer,address` it is a libFuzzer binary
// driving the target named by ACCORD_FUZZ_TARGET.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if ACCORD_FUZZ
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

_ = FuzzDriver.libFuzzerTarget  // fail fast on an unknown target name
var fuzzArgc = CommandLine.argc
var fuzzArgv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&fuzzArgc, &fuzzArgv) { data, count in FuzzDriver.fuzzOne(data, count) })
#else
exit(FuzzDriver.replay(Array(CommandLine.arguments.dropFirst())))
#endif
