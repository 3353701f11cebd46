import Foundation
import ScreenKit
import Testing
import YibaoCore

@testable import YibaoUI

@Suite("Payer order: one key runs the deduction engine at most once, and drawing never runs it")
struct PayerOrderEngineTests {
    typealias F = PayerOrderFixture

    /// Counts the runs of the real engine.
    final class Runs: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        var count: Int { lock.withLock { value } }
        func add() { lock.withLock { value += 1 } }
    }

    /// The payer-order screen opened as from Home, working its example out with a counted engine.
    static func counted(_ env: UIEnvironment, size: Size = Size(columns: 80, rows: 24)) -> (AppState, Runs) {
        let runs = Runs()
        let counting = PayerOrderExample { household, beneficiary, amount, policy in
            runs.add()
            return PayerOrderExample.engine.pay(household, beneficiary, amount, policy)
        }
        var state = F.openedState(size: size, environment: env)
        state.stack[state.stack.count - 1] = PayerOrderScreen(context: state.context(env), examplePayment: counting)
        return (state, runs)
    }

    @Test("Moving a payer runs the engine once, for handling and drawing together")
    func moveRunsOnce() throws {
        let env = try F.environment()
        var (state, runs) = PayerOrderEngineTests.counted(env)
        let start = runs.count
        _ = update(&state, .key(.char("D")), environment: env)
        let text = render(state, environment: env).text
        #expect(runs.count == start + 1)
        #expect(text.contains("自付¥300.00：张伟的账户付¥150.00，张建国的账户付¥150.00，无需现金。"))
    }

    @Test("Changing the example bill runs the engine once; moving the selection and drawing run it not at all")
    func onlyChangesRunIt() throws {
        let env = try F.environment()
        var (state, runs) = PayerOrderEngineTests.counted(env, size: Size(columns: 120, rows: 40))
        let start = runs.count
        for key: Key in [.down, .up, .end, .home, .pageDown] {
            _ = update(&state, .key(key), environment: env)
            _ = render(state, environment: env)
        }
        #expect(runs.count == start)
        _ = update(&state, .key(.char("+")), environment: env)
        _ = render(state, environment: env)
        _ = render(state, environment: env)
        #expect(runs.count == start + 1)
    }
}
