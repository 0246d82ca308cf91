using System.Text;
using KtPortal.Conformance.Host;

// Deep documents must reach the engine's own limits, not the host's default stack size.
const int StackSize = 256 * 1024 * 1024;

var worker = new Thread(Serve, StackSize);
worker.Start();
worker.Join();

static void Serve()
{
    using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
    using var output = Console.OpenStandardOutput();
    var handler = new RequestHandler();
    while (input.ReadLine() is { } line)
    {
        if (line.Length == 0)
        {
            continue;
        }

        output.Write(handler.Handle(line).Span);
        output.WriteByte((byte)'\n');
        output.Flush();
    }
}
