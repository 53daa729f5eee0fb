using Kura.Cli;

return await KuraCommandLine.Build().Parse(args).InvokeAsync();
