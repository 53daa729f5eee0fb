using Kura.Cli;

return await KuraCommandLine.Parse(args).InvokeAsync();
