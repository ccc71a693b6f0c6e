import Accord
import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// Runs the command, mapping argument errors to exit status 2 (not ArgumentParser's 64), so
/// that 0/1/2 mean success, invalid-or-different, trouble.
@main
enum EntryPoint {
    static func main() {
        do {
            var command = try AccordCommand.parseAsRoot()
            try command.run()
            exit(0)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch let trouble as CommandTrouble {
            Console.error("accord: " + trouble.message)
            exit(2)
        } catch {
            let status = AccordCommand.exitCode(for: error)
            let message = AccordCommand.fullMessage(for: error)
            if status == .success {
                print(message)
                exit(0)
            }
            Console.error(message)
            exit(2)
        }
    }
}

/// A failure the user can fix (bad file, bad option value): printed, exit status 2.
struct CommandTrouble: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
